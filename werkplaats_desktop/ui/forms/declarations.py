"""What each kind's form shows: its fields (in order, grouped on rows), the lists of related
records in its tabs, and which choices depend on other fields (the kinds of activity on the O,
the projects on the werkplaats). Keyed by the registry's kind keys (``services/catalog.py``);
``ui/kinds.py`` hangs each form on its kind.
"""

from __future__ import annotations

from werkplaats_desktop.domain import model as m
from werkplaats_desktop.domain.enums import (
    AgendaStatus,
    BijdrageSoort,
    DeelnameRol,
    Gemeentenetwerk,
    O,
    Overeenkomst,
    ProjectStatus,
    WerkplaatsType,
)
from werkplaats_desktop.domain.i18n import QT_TRANSLATE_NOOP
from werkplaats_desktop.ui.forms.sources import (
    activities_of_project,
    bool_field,
    count,
    date_field,
    decimal,
    enum,
    follow_gemeente,
    gemeente,
    hours,
    number,
    options,
    partner_types,
    persoon_rollen,
    pilot_gemeenten,
    product_types,
    project_partners,
    provincie,
    scoped_multi,
    scoped_multi_updater,
    scoped_updater,
    subtypes,
    text,
    thema_single,
    themes_multi,
    update_activities,
    update_subtypes,
    werkplaats,
    werkplaatsen_multi,
    year,
)
from werkplaats_desktop.ui.forms.spec import Dependency, FieldSpec, FormSpec, RelatedSpec

F = FieldSpec
WP_DEP = "werkplaats_id"

SPECS: dict[str, FormSpec] = {
    "werkplaats": FormSpec(
        "werkplaats",
        (
            F("naam", text(), required=True),
            F("type", enum(WerkplaatsType), required=True),
            F("penvoerder_id", options("partner")),
            F("provincie_code", provincie),
            F("regio", text()),
            F("startjaar", year, group="periode"),
            F("eindjaar", year, group="periode"),
            F("website", text()),
            F("beschrijving", text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "lectoraat",
                QT_TRANSLATE_NOOP("Formulier", "Lectoraten"),
                "werkplaats_id",
                "werkplaats_id",
            ),
            RelatedSpec(
                "subsidie",
                QT_TRANSLATE_NOOP("Formulier", "Subsidies"),
                "werkplaats_id",
                "werkplaats_id",
            ),
            RelatedSpec(
                "deelname",
                QT_TRANSLATE_NOOP("Formulier", "Partners"),
                "werkplaats_id",
                "werkplaats_id",
            ),
        ),
        new_record=m.Werkplaats,
    ),
    "lectoraat": FormSpec(
        "lectoraat",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("naam", text(), required=True),
            F("lector_id", options("persoon")),
        ),
        new_record=m.Lectoraat,
    ),
    "kenniskring": FormSpec(
        "kenniskring",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("naam", text(), required=True),
            F("thema_ids", themes_multi),
            F("startjaar", year, group="periode"),
            F("eindjaar", year, group="periode"),
            F("trekker_id", options("persoon")),
            F("omschrijving", text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "project",
                QT_TRANSLATE_NOOP("Formulier", "Projecten"),
                "kenniskring_id",
                "kenniskring_id",
                lambda p: {"werkplaats_id": getattr(p, "werkplaats_id", None)},
            ),
            RelatedSpec(
                "product",
                QT_TRANSLATE_NOOP("Formulier", "Producten"),
                "kenniskring_id",
                "kenniskring_id",
                lambda p: {"werkplaats_id": getattr(p, "werkplaats_id", None)},
            ),
        ),
        new_record=m.Kenniskring,
    ),
    "project": FormSpec(
        "project",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("naam", text(), required=True),
            F("kenniskring_id", options("kenniskring", scoped=True)),
            F("status", enum(ProjectStatus), required=True),
            F("startdatum", date_field, group="datums"),
            F("einddatum", date_field, group="datums"),
            F("thema_ids", themes_multi),
            F("leider_onderwijs_id", options("persoon")),
            F("leider_praktijk_id", options("persoon")),
            F("partners", project_partners),
            F("pilot_gemeente_ids", pilot_gemeenten),
            F("omschrijving", text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "activiteit",
                QT_TRANSLATE_NOOP("Formulier", "Activiteiten"),
                "project_id",
                "project_id",
                lambda p: {
                    "werkplaats_id": getattr(p, "werkplaats_id", None),
                    "thema_ids": list(getattr(p, "thema_ids", [])),
                },
            ),
            RelatedSpec(
                "product",
                QT_TRANSLATE_NOOP("Formulier", "Producten"),
                "project_id",
                "project_id",
                lambda p: {
                    "werkplaats_id": getattr(p, "werkplaats_id", None),
                    "thema_ids": list(getattr(p, "thema_ids", [])),
                },
            ),
        ),
        dependencies=(Dependency(WP_DEP, "kenniskring_id", scoped_updater("kenniskring")),),
        new_record=m.Project,
    ),
    "activiteit": FormSpec(
        "activiteit",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("titel", text(), required=True),
            F("o", enum(O, optional=True), required=True),
            F("subtype", subtypes),
            F("jaar", year, required=True),
            F("datum", date_field, group="datums"),
            F("einddatum", date_field, group="datums"),
            F("project_id", options("project", scoped=True)),
            F("kenniskring_id", options("kenniskring", scoped=True)),
            F("gemeente_id", gemeente),
            F("thema_ids", themes_multi),
            F("bereik", number, group="omvang"),
            F("uren", hours, group="omvang"),
            F("aantal_onderzoekers", count, group="mensen"),
            F("aantal_professionals", count, group="mensen"),
            F("aantal_studenten", count, group="mensen"),
            F("aantal_vrijwilligers", count, group="mensen"),
            F("omschrijving", text(multiline=True)),
        ),
        related=(
            RelatedSpec(
                "product",
                QT_TRANSLATE_NOOP("Formulier", "Producten"),
                "activiteit_id",
                "activiteit_id",
                lambda p: {
                    "werkplaats_id": getattr(p, "werkplaats_id", None),
                    "project_id": getattr(p, "project_id", None),
                    "jaar": getattr(p, "jaar", None),
                    "thema_ids": list(getattr(p, "thema_ids", [])),
                },
            ),
        ),
        dependencies=(
            Dependency("o", "subtype", update_subtypes),
            Dependency(WP_DEP, "project_id", scoped_updater("project")),
            Dependency(WP_DEP, "kenniskring_id", scoped_updater("kenniskring")),
        ),
        new_record=m.Activiteit,
    ),
    "product": FormSpec(
        "product",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("titel", text(), required=True),
            F("type", product_types, required=True),
            F("jaar", year, required=True),
            F("link", text()),
            F(
                "open_access",
                bool_field(QT_TRANSLATE_NOOP("Formulier", "Vrij toegankelijk (open access)")),
            ),
            F("project_id", options("project", scoped=True)),
            F("activiteit_id", activities_of_project),
            F("kenniskring_id", options("kenniskring", scoped=True)),
            F("thema_ids", themes_multi),
            F("omschrijving", text(multiline=True)),
        ),
        dependencies=(
            Dependency(WP_DEP, "project_id", scoped_updater("project")),
            Dependency(WP_DEP, "kenniskring_id", scoped_updater("kenniskring")),
            Dependency("project_id", "activiteit_id", update_activities),
        ),
        new_record=m.Product,
    ),
    "partner": FormSpec(
        "partner",
        (
            F("naam", text(), required=True),
            F("type", partner_types, required=True),
            F("gemeente_id", gemeente),
            F("provincie_code", provincie),
            F("website", text()),
            F("omschrijving", text(multiline=True)),
        ),
        dependencies=(Dependency("gemeente_id", "provincie_code", follow_gemeente,
                                 initial=True),),
        related=(
            RelatedSpec(
                "deelname",
                QT_TRANSLATE_NOOP("Formulier", "Deelname aan werkplaatsen"),
                "partner_id",
                "partner_id",
            ),
            RelatedSpec(
                "bijdrage", QT_TRANSLATE_NOOP("Formulier", "Bijdragen"), "partner_id", "partner_id"
            ),
            RelatedSpec(
                "persoon",
                QT_TRANSLATE_NOOP("Formulier", "Contactpersonen"),
                "partner_id",
                "organisatie_id",
            ),
        ),
        new_record=m.Partner,
    ),
    "deelname": FormSpec(
        "deelname",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("partner_id", options("partner"), required=True),
            F("rol", enum(DeelnameRol), required=True),
            F("overeenkomst", enum(Overeenkomst), required=True),
            F("startjaar", year, group="periode"),
            F("eindjaar", year, group="periode"),
            F("contactpersoon_id", options("persoon")),
            F("toelichting", text(multiline=True)),
        ),
        new_record=m.Deelname,
    ),
    "bijdrage": FormSpec(
        "bijdrage",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("partner_id", options("partner"), required=True),
            F("jaar", year, required=True),
            F("soort", enum(BijdrageSoort), required=True),
            F("hoeveelheid", decimal(optional=False), required=True),
            F("project_id", options("project", scoped=True)),
            F("toelichting", text(multiline=True)),
        ),
        dependencies=(Dependency(WP_DEP, "project_id", scoped_updater("project")),),
        new_record=m.Bijdrage,
    ),
    "subsidie": FormSpec(
        "subsidie",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("jaar", year, required=True),
            F("bedrag", decimal(optional=False), required=True),
            F("verstrekker", text(), required=True),
            F("toelichting", text(multiline=True)),
        ),
        new_record=m.Subsidie,
    ),
    "persoon": FormSpec(
        "persoon",
        (
            F("naam", text(), required=True),
            F("functie", text()),
            F("organisatie_id", options("partner")),
            F("email", text()),
            F("telefoon", text()),
            F("rollen", persoon_rollen),
            F("notitie", text(multiline=True)),
        ),
        new_record=m.Persoon,
    ),
    "kennisagenda": FormSpec(
        "kennisagenda",
        (
            F("werkplaats_id", werkplaats, required=True),
            F("vraagstuk", text(multiline=True), required=True),
            F("status", enum(AgendaStatus), required=True),
            F("startjaar", year, group="periode"),
            F("eindjaar", year, group="periode"),
            F("thema_ids", themes_multi),
            F("project_ids", scoped_multi("project")),
            F("toelichting", text(multiline=True)),
        ),
        dependencies=(Dependency(WP_DEP, "project_ids", scoped_multi_updater("project")),),
        new_record=m.KennisagendaItem,
    ),
    "themasamenwerking": FormSpec(
        "themasamenwerking",
        (
            F("naam", text(), required=True),
            F("thema_id", thema_single),
            F("werkplaats_ids", werkplaatsen_multi),
            F("startjaar", year, group="periode"),
            F("eindjaar", year, group="periode"),
            F("omschrijving", text(multiline=True)),
        ),
        new_record=m.Themasamenwerking,
    ),
    "thema": FormSpec(
        "thema",
        (
            F("naam", text(), required=True),
            F("actief",
              bool_field(QT_TRANSLATE_NOOP("Formulier", "In gebruik voor nieuwe gegevens"))),
        ),
        new_record=m.Thema,
    ),
    "gemeente": FormSpec(
        "gemeente",
        (
            F("naam", text(), required=True),
            F("cbs_code", text()),
            F("provincie_code", provincie),
            F("netwerk", enum(Gemeentenetwerk, optional=True)),
        ),
        new_record=m.Gemeente,
    ),
}
