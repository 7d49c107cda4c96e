"""Facts from the seed documents that the demo database is built on.

Sources (in ``shared/seeds``): [000] news July 2015 (VWS EUR 2.6 million a year, one third of
the total effort); [002] Wmo-werkplaats Utrecht 2009-2012 (five kenniskringen, outputs, pilot
gemeenten); [003] start of the Werkplaatsen Sociaal Domein (Avans: lectoraten, programmes,
Breda and Den Bosch); [004] "Uit de steigers" (the 14 werkplaatsen and their start years, the
19 themes, annex 1 people, annex 2 themasamenwerking, Feiten en cijfers 2015).
Where a value is not in the seeds (e.g. the hogeschool of Noord-Holland) it is marked
``aanname`` and taken from common knowledge; generated records are marked as example data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WerkplaatsFeit:
    key: str
    naam: str
    hogeschool: str
    provincie: str
    startjaar: int
    gemeente: str  # CBS code of the main city
    bron: str


# [004] section 1: "In 2009 zijn de eerste zes Wmo-werkplaatsen gestart in Amsterdam,
# Noord-Brabant (Fontys), Groningen, Nijmegen, Twente en Utrecht. In 2012 is daar de
# Wmo-werkplaats Rotterdam bijgekomen. In 2013 volgden nog zeven werkplaatsen: Noord-Brabant
# (Avans), Leeuwarden, Noord-Holland, Leiden-Den Haag, Zuyd, Zwolle en Flevoland."
# Names as in annex 4; hogescholen from annex 1 and the literature list where named there.
WERKPLAATSEN: tuple[WerkplaatsFeit, ...] = (
    WerkplaatsFeit(
        "amsterdam",
        "Wmo-werkplaats Amsterdam",
        "Hogeschool van Amsterdam",
        "PV27",
        2009,
        "GM0363",
        "[004] 1, bijlage 1",
    ),
    WerkplaatsFeit(
        "fontys",
        "Wmo-werkplaats Noord-Brabant Fontys",
        "Fontys Hogescholen",
        "PV30",
        2009,
        "GM0772",
        "[004] 1, bijlage 1",
    ),
    WerkplaatsFeit(
        "noord",
        "Wmo-werkplaats Noord",
        "Hanzehogeschool Groningen",
        "PV20",
        2009,
        "GM0014",
        "[004] 1, bijlage 1",
    ),
    WerkplaatsFeit(
        "nijmegen",
        "Wmo-werkplaats Nijmegen",
        "Hogeschool Arnhem Nijmegen",
        "PV25",
        2009,
        "GM0268",
        "[004] 1, bijlage 1",
    ),
    WerkplaatsFeit(
        "twente",
        "Wmo-werkplaats Twente",
        "Saxion",
        "PV23",
        2009,
        "GM0153",
        "[004] 1, 3.1, bijlage 1",
    ),
    WerkplaatsFeit(
        "utrecht",
        "Wmo-werkplaats Utrecht",
        "Hogeschool Utrecht",
        "PV26",
        2009,
        "GM0344",
        "[002], [004] 1",
    ),
    WerkplaatsFeit(
        "rotterdam",
        "Wmo-werkplaats Rotterdam",
        "Hogeschool Rotterdam",
        "PV28",
        2012,
        "GM0599",
        "[004] 1, bijlage 1",
    ),
    WerkplaatsFeit(
        "avans",
        "Wmo-werkplaats Samen de krachten versterken (Noord-Brabant Avans)",
        "Avans Hogeschool",
        "PV30",
        2013,
        "GM0758",
        "[003], [004] 1",
    ),
    WerkplaatsFeit(
        "friesland",
        "Wmo-werkplaats Friesland",
        "NHL",
        "PV21",
        2013,
        "GM0080",
        "[004] 1, bijlage 1",
    ),
    WerkplaatsFeit(
        "noord-holland",
        "Wmo-werkplaats Noord-Holland",
        "Hogeschool Inholland",
        "PV27",
        2013,
        "GM0361",
        "[004] 1; hogeschool: aanname",
    ),
    WerkplaatsFeit(
        "sio",
        "Wmo-werkplaats Sociale Innovatie en Ondernemerschap (SIO) (Den Haag en Leiden)",
        "Hogeschool Leiden",
        "PV28",
        2013,
        "GM0546",
        "[004] 1, 2.2; hogeschool: aanname",
    ),
    WerkplaatsFeit(
        "zuyd", "Wmo-werkplaats Zuyd", "Zuyd Hogeschool", "PV31", 2013, "GM0917", "[004] 1"
    ),
    WerkplaatsFeit(
        "zwolle",
        "Wmo-werkplaats Zwolle",
        "Hogeschool Windesheim",
        "PV23",
        2013,
        "GM0193",
        "[004] 1, 3.1; hogeschool: aanname",
    ),
    WerkplaatsFeit(
        "flevoland",
        "Wmo-werkplaats Flevoland",
        "Windesheim Flevoland",
        "PV24",
        2013,
        "GM0034",
        "[004] 1, bijlage 1",
    ),
)

# [004] annex 1 (interviews): people of the hogescholen, with the werkplaats they belong to.
# Roles: "lector" where the literature list names them as author of their werkplaats's
# (self-)evaluation; otherwise "contactpersoon".
# They work at their werkplaats's hogeschool, except those in HOGESCHOOL_ELDERS.
HOGESCHOOL_MENSEN: tuple[tuple[str, str, str], ...] = (
    ("Martha van Biene", "nijmegen", "lector"),
    ("Margriet Braun", "fontys", "contactpersoon"),
    ("Erna Hooghiemstra", "avans", "contactpersoon"),
    ("Evelyn Finnema", "friesland", "contactpersoon"),
    ("Marja Jager-Vreugdenhil", "zwolle", "contactpersoon"),
    ("Lies Korevaar", "noord", "lector"),
    ("Ferry Wester", "noord", "onderzoeker"),
    ("Martin Stam", "amsterdam", "lector"),
    ("Lineke Verkooijen", "flevoland", "contactpersoon"),
    ("Jean Pierre Wilken", "utrecht", "lector"),
    ("Toby Witte", "rotterdam", "contactpersoon"),
)

#: [004] annex 1: people at another hogeschool than their werkplaats's penvoerder
HOGESCHOOL_ELDERS = {"Marja Jager-Vreugdenhil": "Viaa Gereformeerde Hogeschool"}

# [004] annex 1 (interviews): gemeente officials, by gemeente CBS code and werkplaats.
GEMEENTE_MENSEN: tuple[tuple[str, str, str], ...] = (
    ("Alfons Boer", "GM0014", "noord"),
    ("Esmá Curuk", "GM0363", "amsterdam"),
    ("Astrid Donderwinkel", "GM0164", "twente"),
    ("Ron Genders", "GM1894", "zuyd"),
    ("José Manshanden", "GM0344", "utrecht"),
    ("Monique Peltenburg", "GM0307", "utrecht"),
)

# [004] annex 1 (regiobijeenkomsten) and [002]: organisations named in the seeds.
# (name, partner type, gemeente CBS code or None, werkplaats)
GENOEMDE_ORGANISATIES: tuple[tuple[str, str, str | None, str], ...] = (
    ("Stichting Tussenvoorziening", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("GGD Twente", "uitvoeringsorganisatie", "GM0153", "twente"),
    ("Kwintes", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("Alifa", "uitvoeringsorganisatie", "GM0141", "twente"),
    ("ROC Midden Nederland", "mbo", "GM0344", "utrecht"),
    ("De Wilg", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("U-Centraal", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("Amerpoort", "uitvoeringsorganisatie", "GM0307", "utrecht"),
    ("SMD", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("Reinaerde", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("Scala", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("Wijk&Co Utrecht", "uitvoeringsorganisatie", "GM0344", "utrecht"),
    ("CliëntenBelang Utrecht", "burgerorganisatie", "GM0344", "utrecht"),
    (
        "LESI (Landelijk Expertisecentrum Sociale Interventie)",
        "kennisinstituut",
        "GM0344",
        "utrecht",
    ),
    ("Gemeentelijke Kredietbank Utrecht", "gemeentelijke_dienst", "GM0344", "utrecht"),
    ("Academische Werkplaats Autisme Reach-Aut", "academische_werkplaats", "GM0363", "nijmegen"),
    ("Academische Werkplaats Jeugd Inside Out", "academische_werkplaats", "GM0268", "nijmegen"),
    (
        "Academische Werkplaats Tranzo Leven met een Verstandelijke Beperking",
        "academische_werkplaats",
        "GM0855",
        "nijmegen",
    ),
    (
        "Academische Werkplaats Publieke Gezondheid Noord-Nederland",
        "academische_werkplaats",
        "GM0014",
        "noord",
    ),
    ("Stadsdeel Nieuw-West (Geuzenveld-Slotermeer)", "stadsdeel", "GM0363", "amsterdam"),
)

# Landelijke kennisinstituten named in [004] 3.2; Movisie supports the landelijk overleg [004] 1.
KENNISINSTITUTEN = (
    "Movisie",
    "Nederlands Jeugdinstituut (NJI)",
    "Vilans",
    "Verwey-Jonker Instituut",
)

# [004] annex 1: "Landelijk overleg Wmo-werkplaatsen op 16 april 2015, voorgezeten door
# onafhankelijk voorzitter Theo Roes."
LANDELIJK_OVERLEG_DATUM = (2015, 4, 16)
LANDELIJK_VOORZITTER = "Theo Roes"

# [000]: EUR 2.6 million a year from 2016 for all werkplaatsen together.
VWS_PER_JAAR_VANAF_2016 = 2_600_000

# [002]: "Drie lectoraten van het Kenniscentrum Sociale Innovatie (KSI) werkten hierin samen."
# The seed does not name them. The first is Jean Pierre Wilken's lectoraat ([004] bijlage 1
# names him for KSI; the name of his lectoraat is an aanname); the other two stay unnamed.
UTRECHT_LECTORATEN = (
    "Participatie, Zorg en Ondersteuning",
    "Tweede lectoraat van het Kenniscentrum Sociale Innovatie (naam niet in de bron)",
    "Derde lectoraat van het Kenniscentrum Sociale Innovatie (naam niet in de bron)",
)

# [002]: Utrecht's five kenniskringen 2009-2012: name, theme numbers, pilot gemeenten, outputs.
UTRECHT_KENNISKRINGEN = (
    (
        "Samenspel in het kader van de Wmo",
        (15, 1),
        (),
        (("publicatie", "Samenspel tussen overheid, maatschappelijke organisaties en burgers"),),
    ),
    (
        "Van Sociaal isolement naar sociale inclusie",
        (4,),
        ("GM0307", "GM0356", "GM0344", "GM0345"),
        (
            (
                "methodiekbeschrijving",
                "Werkwijzen voor het doorbreken van eenzaamheid en sociaal isolement",
            ),
        ),
    ),
    (
        "Presentie, Kwartiermaken en Support",
        (6, 14),
        ("GM0307",),
        (
            ("instrument", "Kwaliteitsinstrument presentie, kwartiermaken en support"),
            ("methodiekbeschrijving", "Methodiekbeschrijving Wijk en Psychiatrie Amersfoort"),
            ("boek", "Supportgericht Werken in de Wmo"),
        ),
    ),
    (
        "Signaleren en interventie",
        (2, 16),
        ("GM0344",),
        (
            (
                "training",
                "Training problematische schulden voor professionals van de gemeentelijke "
                "kredietbank en welzijnsorganisaties",
            ),
        ),
    ),
    (
        "Monitoring, Lokale Beleidsontwikkeling en Zeggenschap",
        (13, 8),
        ("GM0307", "GM0632", "GM0327"),
        (
            (
                "instrument",
                "Instrument kwaliteit van de Wmo-uitvoering vanuit gebruikersperspectief "
                "(met CliëntenBelang Utrecht)",
            ),
        ),
    ),
)

# [003]: Avans's lectoraten and programmes; gemeenten Breda and 's-Hertogenbosch.
AVANS_LECTORATEN = (
    "Integrale Veiligheid",
    "Jeugd, Gezin & Samenleving",
    "Active Ageing",
    "Leven Lang in Beweging",
)
AVANS_PROGRAMMAS = (
    ("Werken aan leven in de wijk", (9, 6)),
    ("Technologie in zorg en welzijn", (5,)),
    ("Bevorderen van actieve leefstijl", (1, 6)),
)
AVANS_GEMEENTEN = ("GM0758", "GM0796")

# [004] annex 2: themasamenwerking between werkplaatsen. Only "Eenzaamheid" has a known size
# ("vier Wmo-werkplaatsen", [004] 2.2); "Lerend werken" holds the Nijmegen-Zwolle actieleren
# example ([004] 3.1). Which werkplaatsen take part in the others is example data.
THEMASAMENWERKINGEN = (
    ("Sociaal Wijkteam", 9),
    ("Informele zorg & Versterken sociale netwerken", 6),
    ("Legitimiteit", 7),
    ("Maatschappelijk Rendement / Effectencalculator", 13),
    ("Monitoring gevolgen transities", 13),
    ("Jongeren geconfronteerd met transities", 11),
    ("Eenzaamheid", 4),
    ("Lerend werken", 3),
    ("Implementatiestrategieën", 12),
    ("Technologische innovatie", 5),
)

# [004] section 1, 'Feiten en cijfers 2015': the network the demo partners reproduce.
FEITEN_2015 = {
    "gemeenten": 121,
    "g32_gemeenten": 25,
    "stadsdelen": 5,
    "gemeentelijke_diensten": 4,
    "regios": 9,
    "provincies": 3,
    "uitvoeringsorganisaties": 280,
    "praktijken": 122,
    "onderwerpen": 134,
}
