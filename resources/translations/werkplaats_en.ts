<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Bulk</name>
    <message>
        <source>Bulk bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wilt u wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldt voor %1 geselecteerde rijen; in één keer ongedaan te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gewijzigd: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formulier</name>
    <message>
        <source>Nieuwe werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaats bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw lectoraat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectoraat bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe kenniskring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenniskring bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelname bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe bijdrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijdrage bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe subsidie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidie bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw kennisagenda-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisagenda-item bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe themasamenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themasamenwerking bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla eerst de gegevens op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: %n punt(en) om te verbeteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u %1 verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u deze %1 %2 verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kan niet: nog in gebruik bij %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daarmee worden ook verwijderd: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De koppeling vervalt bij: %1 (die blijven bestaan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een heel getal in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een bedrag in, bijvoorbeeld 1.250,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze datum bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een waarde uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niets gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode (jaar)</source>
        <extracomment>a label other than the field&apos;s own (domain/validation.FIELD_LABELS) consecutive fields with the same group share one row of the form (see GROUPS) the label of each row that holds several fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode (datum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkenen (aantal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereik en uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectoraten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrij toegankelijk (open access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelname aan werkplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gebruik voor nieuwe gegevens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoofdstukken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keuzelijst</name>
    <message>
        <source>Onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontwikkeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo-werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaats Sociaal Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academische Werkplaats Jeugd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academische Werkplaats Publieke Gezondheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academische Werkplaats Autisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academische Werkplaats Thuiszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranzo-werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZonMw-consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk Nationaal Programma Ouderenzorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeentelijk initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingsinitiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hogeschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadsdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeentelijke dienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg- of welzijnsinstelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbo-instelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burger- of cliëntorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligersorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk kennisinstituut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academische werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In natura (uren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestuurlijke overeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen (informeel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In voorbereiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilotlocatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meedenker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uitvoering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderzoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestuurder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kolom</name>
    <message>
        <source>Naam</source>
        <extracomment>text, int, year, date, money, hours, bool, or the name of an enum in domain.enums (target, on-clause) pairs the value needs when it is used to sort the columns the search looks in (the visible ones); None means all searchable columns filter name -&gt; value, e.g. {&quot;jaar&quot;: 2014, &quot;thema_id&quot;: 3}; None values are ignored</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenniskring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectleider onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectleider praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G4/G32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag / uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstrekker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraagstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS-code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lijst</name>
    <message>
        <source>Alle werkplaatsen</source>
        <extracomment>which filters each list offers in its filter bar (names of ListService filters)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle O&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geld en uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle provincies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenniskring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in de zichtbare kolommen… (Ctrl+F)</source>
        <extracomment>bulk edits each list offers: (action key, menu text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wis filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook gefilterd op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rijen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigatie</source>
        <extracomment>Windows kept alive by Python (a language switch replaces the window with a new one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;kopie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulk bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over Werkplaats Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenniskringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners en bijdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisagenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themasamenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer eerst de rijen die u wilt wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pnieuw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bestaat al. Kies een nieuwe naam; een bestaande database wordt nooit overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een ander bestand dan de open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Werkplaats Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; versie %2&lt;br&gt;&lt;br&gt;Voor de Wmo-werkplaatsen en Werkplaatsen Sociaal Domein.&lt;br&gt;&lt;br&gt;Database: %3&lt;br&gt;Gegevensmap: %4&lt;br&gt;&lt;br&gt;Kaart: Bron: CBS/Kadaster (CC-BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeelddatabase: de feiten komen uit &apos;Uit de steigers&apos; (2015); projecten, activiteiten en bedragen zijn verzonnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 werkplaatsen, %3 projecten, %4 activiteiten, %5 producten, %6 partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal / Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taak</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabel</name>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkplaatsen</source>
        <extracomment>Dutch names of what lives in each table, for the confirmation message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lectoraten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenniskringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>producten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelnames van partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kennisagenda-items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themasamenwerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollen van personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themakoppelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners bij projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilotgemeenten bij projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projecten bij kennisagenda-items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelnames aan themasamenwerkingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validatie</name>
    <message>
        <source>{veld} is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} is te lang (hooguit {max} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} moet een jaar tussen {min} en {max} zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} ({eind}) ligt vóór het begin ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} mag niet negatief zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} heeft hooguit twee cijfers achter de komma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum {datum} valt niet in het jaar {jaar}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} moet een webadres zijn dat begint met http:// of https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} is geen geldig e-mailadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld}: &apos;{waarde}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend thema: &apos;{waarde}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen soort activiteit van {o}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er bestaat al een {wat} met de naam &apos;{waarde}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} hoort bij een andere werkplaats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} bevat &apos;{waarde}&apos; twee keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld} moet de vorm GM0000 hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{veld}: &apos;{waarde}&apos; is geen geldige keuze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is al een subsidie van {verstrekker} voor {jaar}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze {wat} is nog in gebruik en kan niet worden verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens passen niet bij de rest van de database ({fout}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veld</name>
    <message>
        <source>Naam</source>
        <extracomment>Dutch labels of the fields, used in messages (&quot;{veld}&quot;) and in forms.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraagstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenniskring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderzoekers/docenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag of uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstrekker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectleider onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectleider praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilotgemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
