"""The invented names of the demo's example data: people, organisations, regions, projects
and kennisagenda questions. None of these are facts from the seeds (those are in
``facts.py``); they only make the generated records read like a real werkplaats's."""

from __future__ import annotations

VOORNAMEN = (
    "Anna",
    "Bram",
    "Carmen",
    "Daan",
    "Esra",
    "Femke",
    "Gijs",
    "Hanna",
    "Ilse",
    "Jeroen",
    "Karin",
    "Lars",
    "Mila",
    "Noor",
    "Omar",
    "Petra",
    "Ruben",
    "Sanne",
    "Tim",
    "Yara",
    "Wouter",
    "Fatima",
    "Koen",
    "Lotte",
    "Mehmet",
    "Eline",
    "Joost",
    "Inge",
    "Sem",
    "Anouk",
)
ACHTERNAMEN = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "Vermeulen",
    "Yilmaz",
    "El Amrani",
    "van Dijk",
    "Koster",
    "Prins",
    "Huisman",
)
# generic kinds of organisation (no real brand names: these partners are invented)
INSTELLINGEN = (
    "Welzijn",
    "Zorggroep",
    "Wijkteam",
    "Thuiszorg",
    "GGZ",
    "Sociaal Werk",
    "Woonzorg",
    "Jeugdhulp",
    "Maatschappelijke Dienstverlening",
    "Dagbesteding",
)
OVERIGE = (
    ("vrijwilligersorganisatie", "Vrijwilligerscentrale"),
    ("burgerorganisatie", "Platform Wmo"),
    ("mbo", "ROC"),
)
REGIOS = (
    "Regio Twente",
    "Regio Zuid-Limburg",
    "Regio West-Brabant",
    "Regio Noordoost-Brabant",
    "Regio Zuidoost-Brabant",
    "Regio Groningen-Assen",
    "Regio Amersfoort",
    "Regio IJssel-Vecht",
    "Regio Holland Rijnland",
)
STADSDELEN = (
    ("Stadsdeel Oost (Amsterdam)", "GM0363"),
    ("Stadsdeel Zuid (Amsterdam)", "GM0363"),
    ("Deelgemeente Feijenoord (Rotterdam)", "GM0599"),
    ("Deelgemeente Delfshaven (Rotterdam)", "GM0599"),
)
DIENSTEN = (
    ("Dienst Werk en Inkomen Amsterdam", "GM0363"),
    ("GGD Rotterdam-Rijnmond", "GM0599"),
    ("Sociale Dienst Groningen", "GM0014"),
)
PROVINCIES = (
    ("Provincie Utrecht", "PV26"),
    ("Provincie Flevoland", "PV24"),
    ("Provincie Limburg", "PV31"),
)

#: Per Movisie theme number: how a generated project on it is called ({g} = a gemeente).
PROJECT_NAMEN = {
    1: "Burgerinitiatieven in {g}",
    2: "Armoede en meedoen in {g}",
    3: "Leernetwerk sociale professionals {g}",
    4: "Eenzaamheid doorbreken in {g}",
    5: "Zorg op afstand in {g}",
    6: "Eigen kracht in de wijk ({g})",
    7: "Sturing van sociale wijkteams in {g}",
    8: "Het keukentafelgesprek in {g}",
    9: "Sociaal wijkteam {g}",
    10: "Interprofessioneel samenwerken in {g}",
    11: "Jeugd- en gezinsteams {g}",
    12: "Kennisdeling in de regio {g}",
    13: "Maatschappelijk rendement in {g}",
    14: "Rehabilitatie in de wijk ({g})",
    15: "Mantelzorg en vrijwilligers in {g}",
    16: "Ketensamenwerking schulden {g}",
    17: "Van zorg naar ondersteuning in {g}",
    18: "Wmo-loket nieuwe stijl {g}",
    19: "Ervaringsdeskundigheid in {g}",
}

#: kennisagenda questions ({t} = a subject)
VRAGEN = (
    "Hoe ondersteunen sociale wijkteams {t}?",
    "Wat werkt bij {t}?",
    "Hoe meten we de effecten van {t}?",
    "Welke competenties vraagt {t} van professionals?",
    "Hoe betrekken we burgers bij {t}?",
)
