<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Aanlevering</name>
    <message>
        <source>geen bestand</source>
        <extracomment>what is missing, in Dutch (context &quot;Aanlevering&quot;)</extracomment>
        <translation>no file</translation>
    </message>
    <message>
        <source>alleen concept</source>
        <translation>draft only</translation>
    </message>
    <message>
        <source>geen activiteiten</source>
        <translation>no activities</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatisch (dagelijks)</source>
        <extracomment>A verified backup younger than this counts as recent enough (promise: at most a day old). Dutch descriptions of the reasons in backup names, for lists and messages.</extracomment>
        <translation>automatic (daily)</translation>
    </message>
    <message>
        <source>bij het afsluiten</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>zelf gemaakt</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>vóór het terugzetten van een backup</source>
        <translation>before restoring a backup</translation>
    </message>
    <message>
        <source>vóór de upgrade van schemaversie {revisie}</source>
        <translation>before the upgrade of schema version {revisie}</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>Bestand</name>
    <message>
        <source>Het bestand &apos;{pad}&apos; bestaat niet. Controleer de naam en de map.</source>
        <translation>The file &apos;{pad}&apos; does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>De map &apos;{pad}&apos; bestaat niet. Maak hem eerst, of kies een bestaande map.</source>
        <translation>The folder &apos;{pad}&apos; does not exist. Create it first, or choose an existing folder.</translation>
    </message>
    <message>
        <source>U hebt geen toestemming om &apos;{pad}&apos; te {doen}. Kies een andere plek, of vraag wie de map beheert om toegang.</source>
        <translation>You do not have permission to {doen} &apos;{pad}&apos;. Choose another place, or ask whoever manages the folder for access.</translation>
    </message>
    <message>
        <source>&apos;{pad}&apos; is een map, geen bestand. Geef de naam van een bestand op (bijvoorbeeld &apos;{voorbeeld}&apos;).</source>
        <translation>&apos;{pad}&apos; is a folder, not a file. Give the name of a file (for example &apos;{voorbeeld}&apos;).</translation>
    </message>
    <message>
        <source>In &apos;{pad}&apos; staat een bestand waar een map verwacht wordt. Controleer het pad.</source>
        <translation>In &apos;{pad}&apos; there is a file where a folder is expected. Check the path.</translation>
    </message>
    <message>
        <source>De schijf waarop &apos;{pad}&apos; staat, is vol. Maak ruimte vrij of kies een andere plek. Er is niets half geschreven.</source>
        <translation>The disk that &apos;{pad}&apos; is on is full. Free some space or choose another place. Nothing has been half written.</translation>
    </message>
    <message>
        <source>&apos;{pad}&apos; is geopend in een ander programma (bijvoorbeeld Excel). Sluit het daar en probeer het opnieuw.</source>
        <translation>&apos;{pad}&apos; is open in another program (for example Excel). Close it there and try again.</translation>
    </message>
    <message>
        <source>&apos;{pad}&apos; staat op een plek waar niet geschreven kan worden (alleen-lezen). Kies een andere plek.</source>
        <translation>&apos;{pad}&apos; is in a place that cannot be written to (read-only). Choose another place.</translation>
    </message>
    <message>
        <source>&apos;{pad}&apos; bestaat al. Kies een andere naam; het bestaande bestand blijft zoals het is.</source>
        <translation>&apos;{pad}&apos; already exists. Choose another name; the existing file stays as it is.</translation>
    </message>
    <message>
        <source>De naam of het pad &apos;{pad}&apos; is te lang. Kies een kortere naam of een map dichter bij de schijf.</source>
        <translation>The name or path &apos;{pad}&apos; is too long. Choose a shorter name or a folder closer to the drive.</translation>
    </message>
    <message>
        <source>&apos;{pad}&apos; kan niet worden gebruikt (systeemmelding {nummer}: {fout}).</source>
        <translation>&apos;{pad}&apos; cannot be used (system message {nummer}: {fout}).</translation>
    </message>
    <message>
        <source>lezen</source>
        <translation>read</translation>
    </message>
    <message>
        <source>schrijven</source>
        <translation>write</translation>
    </message>
    <message>
        <source>&apos;{naam}&apos; is al geopend in een ander venster of programma{wie}. Sluit het daar eerst; twee programma&apos;s tegelijk in één bestand kunnen elkaars werk overschrijven. Het bestand is niet gewijzigd.</source>
        <translation>&apos;{naam}&apos; is already open in another window or program{wie}. Close it there first; two programs working in one file at once can overwrite each other&apos;s work. The file has not been changed.</translation>
    </message>
    <message>
        <source>&apos;{naam}&apos; kan niet worden geopend om in te werken: het vergrendelingsbestand ernaast kan niet worden gemaakt. {reden} Het bestand is niet gewijzigd.</source>
        <translation>&apos;{naam}&apos; cannot be opened for work: the lock file next to it cannot be created. {reden} The file has not been changed.</translation>
    </message>
    <message>
        <source>op computer {computer}</source>
        <extracomment>Byte offset of the locked byte on Windows: beyond the text, so that the holder&apos;s details stay readable for the process that is refused.</extracomment>
        <translation>on computer {computer}</translation>
    </message>
    <message>
        <source>proces {pid}</source>
        <translation>process {pid}</translation>
    </message>
    <message>
        <source>sinds {sinds}</source>
        <translation>since {sinds}</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Bulk bewerken</source>
        <extracomment>how many records the edit changed (None until it is applied)</extracomment>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>Wat wilt u wijzigen</source>
        <translation>What to change</translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>O wijzigen</source>
        <translation>Change O</translation>
    </message>
    <message>
        <source>Nieuwe waarde</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Geldt voor %1; in één keer ongedaan te maken.</source>
        <translation>Applies to %1; can be undone in one step.</translation>
    </message>
    <message>
        <source>Niets gewijzigd: %1</source>
        <translation>Nothing changed: %1</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>%1 van de gekozen activiteiten hebben een soort die niet bij %2 hoort. Wat wilt u met die activiteiten doen?</source>
        <translation>%1 of the selected activities have a kind that does not belong to %2. What do you want to do with those activities?</translation>
    </message>
    <message>
        <source>Een nieuwe &amp;soort geven:</source>
        <translation>Give them a new &amp;kind:</translation>
    </message>
    <message>
        <source>Nieuwe soort</source>
        <translation>New kind</translation>
    </message>
    <message>
        <source>Die activiteiten &amp;laten zoals ze zijn</source>
        <translation>&amp;Leave those activities as they are</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Grafiek wordt gemaakt…</source>
        <extracomment>a chart drawn at a size (width, height or None for the height it needs) charts whose bars lie horizontally (walked top to bottom) a chart was saved: the path of the image (the page says it in the status bar) a new chart was first drawn: its pixels (QImage), to be shown at the next start the placeholder shows a picture of the chart (``show_picture``), no canvas yet</extracomment>
        <translation>Drawing chart…</translation>
    </message>
    <message>
        <source>Tabel: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>De cijfers van deze grafiek als tabel (kopieerbaar; Enter opent de lijst)</source>
        <translation>The figures of this chart as a table (copyable; Enter opens the list)</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>De tabel kopiëren, om in Excel of een tekst te plakken</source>
        <translation>Copy the table, to paste into Excel or a text</translation>
    </message>
    <message>
        <source>Deze grafiek opslaan als PNG, SVG of PDF, met het filter, de bron en de datum erop en de cijfers ernaast als CSV</source>
        <translation>Save this chart as PNG, SVG or PDF, with the filter, the source and the date on it and the figures beside it as CSV</translation>
    </message>
    <message>
        <source>%1 opslaan als…</source>
        <translation>Save %1 as…</translation>
    </message>
    <message>
        <source>Grafiek. Pijltjestoetsen: de balken langs; Enter: de lijst; &apos;Tabel&apos;: de cijfers.</source>
        <translation>Chart. Arrow keys: go along the bars; Enter: the list; &apos;Table&apos;: the figures.</translation>
    </message>
    <message>
        <source>Enter of dubbelklik: de lijst</source>
        <translation>Enter or double-click: the list</translation>
    </message>
    <message>
        <source>klik voor de lijst</source>
        <translation>click for the list</translation>
    </message>
    <message>
        <source>Grafiek opslaan</source>
        <translation>Save chart</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Aanlevering per werkplaats en jaar</source>
        <translation>Deliveries per werkplaats and year</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jaar afsluiten…</source>
        <translation>Close year…</translation>
    </message>
    <message>
        <source>Jaar heropenen…</source>
        <translation>Reopen year…</translation>
    </message>
    <message>
        <source>Aanlevering</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Dit bestand is van uw eigen werkplaats: hier ziet u per jaar de status. Sluit een jaar af als de cijfers zijn aangeleverd (ingediend) of vastgesteld (definitief); dan zijn ze alleen-lezen.</source>
        <translation>This file belongs to your own werkplaats: here you see the status of each year. Close a year when its figures have been delivered (submitted) or settled (final); they are then read-only.</translation>
    </message>
    <message>
        <source>Landelijk overzicht: per werkplaats de laatst ingelezen export en per jaar de status die de werkplaats meegaf. Ontbreekt: geen bestand (nog geen export ingelezen), alleen concept (jaar niet afgesloten), geen activiteiten.</source>
        <translation>National overview: per werkplaats the export read last, and per year the status the werkplaats gave it. Missing: no file (no export read yet), draft only (year not closed), no activities.</translation>
    </message>
    <message>
        <source>eigen werkplaats</source>
        <translation>own werkplaats</translation>
    </message>
    <message>
        <source>geen export</source>
        <translation>no export</translation>
    </message>
    <message>
        <source>%1 (eigen bestand)</source>
        <translation>%1 (own file)</translation>
    </message>
    <message>
        <source>%1 (doorgegeven)</source>
        <translation>%1 (passed on)</translation>
    </message>
    <message>
        <source>ontbreekt: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Export ingelezen</source>
        <translation>Export read</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Ontbreekt</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>%1 act. · %2 prod.</source>
        <translation>%1 act. · %2 prod.</translation>
    </message>
</context>
<context>
    <name>Controle</name>
    <message>
        <source>&apos;{naam}&apos; is niet afgesloten na een onderbroken schrijfactie: naast het bestand staat &apos;{journal}&apos; met een wijziging die nog teruggedraaid moet worden. Open het bestand in Werkplaats Desktop: dat draait de onderbroken wijziging terug, zodat alles weer is zoals na de laatste voltooide opslag. Het bestand is niet gewijzigd.</source>
        <extracomment>At most this many problems are listed (a badly damaged file can have thousands). what :func:`journal_state` can say about the journal next to a database</extracomment>
        <translation>&apos;{naam}&apos; was not closed after an interrupted write: next to it is &apos;{journal}&apos; with a change that still has to be rolled back. Open the file in Werkplaats Desktop: that rolls the interrupted change back, so that everything is as after the last completed save. The file has not been changed.</translation>
    </message>
    <message>
        <source>De database &apos;{naam}&apos; is in orde: de opbouw van het bestand klopt en alle verwijzingen tussen records kloppen.</source>
        <translation>The database &apos;{naam}&apos; is sound: the structure of the file is correct and all references between records are correct.</translation>
    </message>
    <message>
        <source>De database &apos;{naam}&apos; heeft problemen.</source>
        <translation>The database &apos;{naam}&apos; has problems.</translation>
    </message>
    <message>
        <source>Opbouw van het bestand:</source>
        <translation>Structure of the file:</translation>
    </message>
    <message>
        <source>Verbroken verwijzingen ({n}):</source>
        <translation>Broken references ({n}):</translation>
    </message>
    <message>
        <source>tabel {tabel}, rij {rij}: verwijst naar een {ouder} die niet bestaat</source>
        <translation>table {tabel}, row {rij}: refers to a {ouder} that does not exist</translation>
    </message>
    <message>
        <source>&apos;{naam}&apos; is geen Werkplaats-bestand: {waarom}. Er is niets aan gewijzigd. Kies het databasebestand van Werkplaats Desktop (meestal werkplaats.sqlite).</source>
        <translation>&apos;{naam}&apos; is not a Werkplaats file: {waarom}. Nothing in it has been changed. Choose the database file of Werkplaats Desktop (usually werkplaats.sqlite).</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>het is geen SQLite-database</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <source>het is een SQLite-database van een ander programma</source>
        <translation>it is an SQLite database of another program</translation>
    </message>
    <message>
        <source>Er staat een onafgemaakte wijziging in {journal} (het programma is midden in het opslaan gestopt). Open het bestand in Werkplaats Desktop: dat draait die wijziging terug. Controleer daarna opnieuw.</source>
        <translation>There is an unfinished change in {journal} (the program stopped in the middle of saving). Open the file in Werkplaats Desktop: that rolls the change back. Then check again.</translation>
    </message>
    <message>
        <source>De nieuwste goede backup is van {wanneer}: {pad}. Zet die terug met Bestand &gt; Herstellen uit backup, en bewaar dit bestand voor een specialist.</source>
        <translation>The newest sound backup is from {wanneer}: {pad}. Restore it with File &gt; Restore from backup, and keep this file for a specialist.</translation>
    </message>
    <message>
        <source>Er is geen goede backup van dit bestand gevonden in {map}. Bewaar het bestand voor een specialist en werk er niet in verder.</source>
        <translation>No sound backup of this file was found in {map}. Keep the file for a specialist and do not go on working in it.</translation>
    </message>
    <message>
        <source>Schemaversie: {versie}.</source>
        <translation>Schema version: {versie}.</translation>
    </message>
    <message>
        <source>Let op: schemaversie {versie} is nieuwer dan deze versie van het programma kent ({kent}).</source>
        <translation>Note: schema version {versie} is newer than this version of the program knows ({kent}).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>zonder thema</source>
        <extracomment>the VWS subsidy is meant to be one third of the total effort ([000]) the O-key of records without an O (products without an activity)</extracomment>
        <translation>without theme</translation>
    </message>
    <message>
        <source>zonder gemeente</source>
        <translation>without municipality</translation>
    </message>
    <message>
        <source>zonder provincie</source>
        <translation>without province</translation>
    </message>
    <message>
        <source>zonder O</source>
        <translation>without O</translation>
    </message>
    <message>
        <source>Een activiteit of product met meer thema&apos;s telt bij elk thema één keer mee, en in de totalen één keer.</source>
        <translation>An activity or product with several themes counts once under each theme, and once in the totals.</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <extracomment>the summed reach (bereik) of the activities; 0 for products (attribute of Feiten, Dutch label, what it counts) in the order the tiles and the report show them; the explanation is the tile&apos;s tooltip and the report&apos;s note, so it says exactly what ``dashboard_queries.feiten`` counts</extracomment>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>werkplaatsen van het filter die in de gekozen jaren actief zijn</source>
        <translation>werkplaatsen of the filter that are active in the chosen years</translation>
    </message>
    <message>
        <source>partners van het type hogeschool die in de gekozen jaren deelnemen aan die werkplaatsen</source>
        <translation>partners of the type university of applied sciences that take part in those werkplaatsen in the chosen years</translation>
    </message>
    <message>
        <source>partners van het type gemeente die in de gekozen jaren deelnemen aan die werkplaatsen</source>
        <translation>partners of the type municipality that take part in those werkplaatsen in the chosen years</translation>
    </message>
    <message>
        <source>zorg- en welzijnsinstellingen die in de gekozen jaren deelnemen aan die werkplaatsen</source>
        <translation>care and welfare organisations that take part in those werkplaatsen in the chosen years</translation>
    </message>
    <message>
        <source>projecten van die werkplaatsen die in de gekozen jaren lopen</source>
        <translation>projects of those werkplaatsen that run in the chosen years</translation>
    </message>
    <message>
        <source>de thema&apos;s van die praktijken, per praktijk geteld: een praktijk met twee thema&apos;s telt twee onderwerpen</source>
        <translation>the themes of those practices, counted per practice: a practice with two themes counts as two topics</translation>
    </message>
    <message>
        <source>verschillende thema&apos;s onder die onderwerpen</source>
        <translation>distinct themes among those topics</translation>
    </message>
    <message>
        <source>activiteiten van de vier O&apos;s met alle filters; het totaal van de grafieken</source>
        <translation>activities of the four O&apos;s with all filters; the total of the charts</translation>
    </message>
    <message>
        <source>opbrengsten met alle filters; het totaal van de grafieken</source>
        <translation>outputs with all filters; the total of the charts</translation>
    </message>
    <message>
        <source>bereikte personen: de som van het bereik van die activiteiten</source>
        <translation>people reached: the sum of the reach of those activities</translation>
    </message>
    <message>
        <source>Hogescholen</source>
        <translation>Universities of applied sciences</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>waarvan G4</source>
        <translation>of which G4</translation>
    </message>
    <message>
        <source>de vier grote steden</source>
        <translation>the four largest cities</translation>
    </message>
    <message>
        <source>waarvan G32</source>
        <translation>of which G32</translation>
    </message>
    <message>
        <source>gemeenten in het G32-netwerk</source>
        <translation>municipalities in the G32 network</translation>
    </message>
    <message>
        <source>Uitvoeringsorganisaties</source>
        <translation>Implementing organisations</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>alle organisaties die in de gekozen jaren deelnemen aan die werkplaatsen: met een deelname, een bijdrage of als partner van een lopend project</source>
        <translation>all organisations taking part in those werkplaatsen in the chosen years: by a deelname, a contribution or as partner of a running project</translation>
    </message>
    <message>
        <source>Praktijken</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Kenniskringen</source>
        <translation>Knowledge circles</translation>
    </message>
    <message>
        <source>kenniskringen van die werkplaatsen, actief in de gekozen jaren</source>
        <translation>knowledge circles of those werkplaatsen, active in the chosen years</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Dit overzicht is nog leeg.</source>
        <extracomment>takes a step: &quot;project&quot;, &quot;activiteit&quot;, &quot;partner&quot; (a new record of that kind), &quot;instellen&quot; (the setup), &quot;importeren&quot; (Bestand &gt; Importeren)</extracomment>
        <translation>This overview is still empty.</translation>
    </message>
    <message>
        <source>Nieuw project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Nieuwe activiteit…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Nieuwe partner…</source>
        <translation>New partner…</translation>
    </message>
    <message>
        <source>Mijn werkplaats instellen…</source>
        <translation>Set up my werkplaats…</translation>
    </message>
    <message>
        <source>Exports importeren…</source>
        <translation>Import exports…</translation>
    </message>
    <message>
        <source>Naar Werkplaats</source>
        <translation>Go to Werkplaats</translation>
    </message>
    <message>
        <source>Naar Activiteiten</source>
        <translation>Go to Activities</translation>
    </message>
    <message>
        <source>Uw werkplaats &lt;b&gt;%1&lt;/b&gt; staat klaar. Zo gaat u verder:&lt;ol&gt;&lt;li&gt;Leg een &lt;b&gt;project&lt;/b&gt; vast: een praktijk waarin u met partners samenwerkt.&lt;/li&gt;&lt;li&gt;Leg de eerste &lt;b&gt;activiteit&lt;/b&gt; vast, in een van de vier O&apos;s: onderzoek, ontwikkeling, onderwijs of ondersteuning.&lt;/li&gt;&lt;li&gt;Voeg de &lt;b&gt;partners&lt;/b&gt; toe, met hun bijdragen.&lt;/li&gt;&lt;/ol&gt;Dan telt dit overzicht uw activiteiten en producten per thema, jaar, provincie en gemeente.</source>
        <translation>Your werkplaats &lt;b&gt;%1&lt;/b&gt; is ready. Next steps:&lt;ol&gt;&lt;li&gt;Record a &lt;b&gt;project&lt;/b&gt;: a practice in which you work with partners.&lt;/li&gt;&lt;li&gt;Record the first &lt;b&gt;activity&lt;/b&gt;, in one of the four O&apos;s: research, development, education or support.&lt;/li&gt;&lt;li&gt;Add the &lt;b&gt;partners&lt;/b&gt;, with their contributions.&lt;/li&gt;&lt;/ol&gt;Then this overview counts your activities and products per theme, year, province and municipality.</translation>
    </message>
    <message>
        <source>Zo vult u het:&lt;ol&gt;&lt;li&gt;Stel uw werkplaats in: kies uw werkplaats uit de landelijke lijst of geef een nieuwe.&lt;/li&gt;&lt;li&gt;Leg onder &lt;b&gt;Projecten&lt;/b&gt; en &lt;b&gt;Activiteiten&lt;/b&gt; vast wat u doet.&lt;/li&gt;&lt;/ol&gt;Maakt u een landelijk overzicht? Lees dan de exports van de werkplaatsen in. Eerst rondkijken? Kies &lt;b&gt;Bestand &amp;gt; Voorbeelddatabase openen&lt;/b&gt;.</source>
        <translation>How to fill it:&lt;ol&gt;&lt;li&gt;Set up your werkplaats: choose it from the national list or enter a new one.&lt;/li&gt;&lt;li&gt;Record what you do under &lt;b&gt;Projects&lt;/b&gt; and &lt;b&gt;Activities&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Making a national overview? Then import the exports of the werkplaatsen. Want to look around first? Choose &lt;b&gt;File &amp;gt; Open example database&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overzicht</source>
        <extracomment>(row, column) of each chart in the grid shows a message in the window&apos;s status bar (set by ``install``) what the figures being computed (or shown) belong to: the file&apos;s data version, filter and rate (the name of their pictures, with the output kind)</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>&amp;Jaarrapportage…</source>
        <translation>&amp;Annual report…</translation>
    </message>
    <message>
        <source>Een PDF en CSV-bestanden met de cijfers van één jaar</source>
        <translation>A PDF and CSV files with the figures of one year</translation>
    </message>
    <message>
        <source>De cijfers worden berekend…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Klik op een balk, een provincie of &apos;zonder gemeente&apos; voor de lijst van die activiteiten of producten; een product telt bij de gemeente en de O van zijn activiteit.</source>
        <translation>Click a bar, a province or &apos;without municipality&apos; for the list of those activities or products; a product counts with the municipality and the O of its activity.</translation>
    </message>
    <message>
        <source>Grafiek opgeslagen: %1</source>
        <translation>Chart saved: %1</translation>
    </message>
    <message>
        <source>(de cijfers: %1)</source>
        <translation>(the figures: %1)</translation>
    </message>
</context>
<context>
    <name>Draaitabel</name>
    <message>
        <source>Draaitabel: {waarde} per {rijen} en {kolommen}</source>
        <translation>Pivot table: {waarde} by {rijen} and {kolommen}</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Telregel</source>
        <translation>Counting rule</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{app} {versie}, database {database}; gemaakt op {datum}</source>
        <translation>{app} {versie}, database {database}; made on {datum}</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kies een bestand dat eindigt op .xlsx of .csv (niet &apos;{naam}&apos;).</source>
        <translation>Choose a file ending in .xlsx or .csv (not &apos;{naam}&apos;).</translation>
    </message>
    <message>
        <source>Een activiteit of product met meer thema&apos;s telt in de rij of kolom van elk thema één keer mee, en in de totalen één keer; net zo een activiteit of product waarvan het project partners van meer types heeft. Een totaal kan daardoor kleiner zijn dan de som van zijn cellen.</source>
        <translation>An activity or product with several themes counts once in the row or column of each theme, and once in the totals; so does an activity or product whose project has partners of several types. A total can therefore be smaller than the sum of its cells.</translation>
    </message>
    <message>
        <source>Thema- en O-filter gelden niet voor partnerbijdragen.</source>
        <translation>The theme and O filters do not apply to partner contributions.</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <extracomment>the label of records without a value (&quot;zonder thema&quot;) can one record have several values (then totals are counted, not summed)? the records it is computed from: activiteit, product or bijdrage whole numbers (counts, bereik) or amounts with two decimals (uren, euros)</extracomment>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>zonder werkplaats</source>
        <translation>without werkplaats</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>zonder thema</source>
        <translation>without theme</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>zonder O</source>
        <translation>without O</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>zonder soort</source>
        <translation>without kind</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>zonder jaar</source>
        <translation>without year</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>zonder provincie</source>
        <translation>without province</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>zonder gemeente</source>
        <translation>without municipality</translation>
    </message>
    <message>
        <source>Partnertype</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>zonder partner</source>
        <translation>without partner</translation>
    </message>
    <message>
        <source>Kenniskring</source>
        <translation>Knowledge circle</translation>
    </message>
    <message>
        <source>zonder kenniskring</source>
        <translation>without knowledge circle</translation>
    </message>
    <message>
        <source>Aantal activiteiten</source>
        <translation>Number of activities</translation>
    </message>
    <message>
        <source>Aantal producten</source>
        <translation>Number of products</translation>
    </message>
    <message>
        <source>Bereik (personen)</source>
        <translation>Reach (people)</translation>
    </message>
    <message>
        <source>Uren (activiteiten)</source>
        <translation>Hours (activities)</translation>
    </message>
    <message>
        <source>Partnerbijdragen geld (euro)</source>
        <translation>Partner contributions money (euro)</translation>
    </message>
    <message>
        <source>Partnerbijdragen uren</source>
        <translation>Partner contributions hours</translation>
    </message>
</context>
<context>
    <name>DraaitabelPage</name>
    <message>
        <source>Draaitabel</source>
        <extracomment>shows a message in the window&apos;s status bar (set by ``install``)</extracomment>
        <translation>Pivot table</translation>
    </message>
    <message>
        <source>Klik of Enter: de lijst</source>
        <translation>Click or Enter: the list</translation>
    </message>
    <message>
        <source>De tabel wordt geteld…</source>
        <translation>Counting the table…</translation>
    </message>
    <message>
        <source>Omwisselen</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Rijen en kolommen omwisselen</source>
        <translation>Swap rows and columns</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>De tabel kopiëren (plakken in Excel of een tekst); Ctrl+C kopieert de gekozen cellen</source>
        <translation>Copy the table (paste into Excel or a text); Ctrl+C copies the chosen cells</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>De tabel opslaan als Excel-werkmap (.xlsx) of CSV, met het filter erboven</source>
        <translation>Save the table as an Excel workbook (.xlsx) or CSV, with the filter above it</translation>
    </message>
    <message>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Rijen:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Kolommen:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Waarde:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Klik op een getal (of kies het met de pijltjes en druk Enter) voor de lijst van wat het telt.</source>
        <translation>Click a number (or choose it with the arrow keys and press Enter) for the list of what it counts.</translation>
    </message>
    <message>
        <source>Deze cel telt niets; er is geen lijst.</source>
        <translation>This cell counts nothing; there is no list.</translation>
    </message>
    <message>
        <source>Gekopieerd; plak het in Excel of een tekst.</source>
        <translation>Copied; paste it into Excel or a text.</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV voor Excel, Nederlands (*.csv)</source>
        <translation>CSV for Excel, Dutch (*.csv)</translation>
    </message>
    <message>
        <source>Draaitabel exporteren</source>
        <translation>Export pivot table</translation>
    </message>
    <message>
        <source>Draaitabel opgeslagen: %1</source>
        <translation>Pivot table saved: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Onverwachte fout — %1</source>
        <translation>Unexpected error — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Er ging iets onverwachts mis.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Het programma werkt gewoon door. Wat u al had opgeslagen, blijft bewaard; de handeling die u net deed, is misschien niet (helemaal) uitgevoerd. Controleer die en probeer het zo nodig opnieuw.&lt;br&gt;&lt;br&gt;Wilt u het probleem melden? Stuur dan de gegevens hieronder mee (knop Kopiëren). Ze staan ook in het logbestand:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Something unexpected went wrong.&lt;/b&gt;&lt;br&gt;&lt;br&gt;The program keeps running. What you had saved is kept; the action you just took may not have been (fully) carried out. Check it and try again if needed.&lt;br&gt;&lt;br&gt;Do you want to report the problem? Then include the details below (Copy button). They are also in the log file:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Exporteer het landelijk overzicht of de hele database als CSV</source>
        <translation>Export the national overview or the whole database as CSV</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Lees exports van werkplaatsen in</source>
        <translation>Import exports of werkplaatsen</translation>
    </message>
    <message>
        <source>ZIP-bestand (*.zip)</source>
        <translation>ZIP file (*.zip)</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export opslaan als</source>
        <translation>Save export as</translation>
    </message>
    <message>
        <source>Oudere export</source>
        <translation>Older export</translation>
    </message>
    <message>
        <source>%1

Toch inlezen? Wat sindsdien is veranderd, gaat dan terug naar de oudere stand.</source>
        <translation>%1

Import it anyway? What has changed since then goes back to the older state.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export afgebroken; er is niets geschreven.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>De export is opgeslagen in %1 (%2).</source>
        <translation>The export has been saved to %1 (%2).</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import afgebroken; er is niets gewijzigd.</source>
        <translation>Import cancelled; nothing has changed.</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Er is nog niets gewijzigd. Wilt u het bestand inlezen?</source>
        <translation>Nothing has been changed yet. Do you want to import the file?</translation>
    </message>
    <message>
        <source>&amp;Inlezen en verwijderen</source>
        <translation>&amp;Import and remove</translation>
    </message>
    <message>
        <source>&amp;Niet inlezen</source>
        <translation>Do &amp;not import</translation>
    </message>
    <message>
        <source>Partners samengevoegd</source>
        <translation>Partners merged</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Landelijk overzicht: één CSV-bestand met een rij per activiteit en per product</source>
        <translation>National overview: one CSV file with a row per activity and per product</translation>
    </message>
    <message>
        <source>Volledige export: een ZIP-bestand met alles, om in een andere database in te lezen</source>
        <translation>Full export: a ZIP file with everything, to import into another database</translation>
    </message>
    <message>
        <source>Landelijk overzicht als Excel-werkmap (.xlsx), om te lezen en te filteren</source>
        <translation>National overview as an Excel workbook (.xlsx), to read and filter</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Persoonsgegevens meenemen: namen, e-mailadressen en telefoonnummers van contactpersonen</source>
        <translation>Include personal data: names, e-mail addresses and phone numbers of contact persons</translation>
    </message>
    <message>
        <source>Het landelijk overzicht bevat nooit persoonsgegevens.</source>
        <translation>The national overview never contains personal data.</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Profiel:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Wat wilt u exporteren?</source>
        <translation>What do you want to export?</translation>
    </message>
    <message>
        <source>Nederlandse kolomkoppen, namen in plaats van codes, echte datums en getallen, een vaste kopregel en een filter. Inlezen in een database gaat met het CSV-bestand of de volledige export.</source>
        <translation>Dutch column headers, names instead of codes, real dates and numbers, a frozen header row and a filter. To import into a database, use the CSV file or the full export.</translation>
    </message>
    <message>
        <source>Opent goed in Excel met Nederlandse instellingen: puntkomma&apos;s tussen de velden, een decimale komma.</source>
        <translation>Opens correctly in Excel with Dutch settings: semicolons between fields, a decimal comma.</translation>
    </message>
    <message>
        <source>Voor andere programma&apos;s: komma&apos;s tussen de velden, een decimale punt.</source>
        <translation>For other programs: commas between fields, a decimal point.</translation>
    </message>
    <message>
        <source>werkplaats-export-%1.zip</source>
        <translation>werkplaats-export-%1.zip</translation>
    </message>
    <message>
        <source>landelijk-overzicht-%1.xlsx</source>
        <translation>national-overview-%1.xlsx</translation>
    </message>
    <message>
        <source>landelijk-overzicht-%1.csv</source>
        <translation>national-overview-%1.csv</translation>
    </message>
</context>
<context>
    <name>FeitenTiles</name>
    <message>
        <source>%1 (%2 G4, %3 G32)</source>
        <extracomment>facts shown inside the Gemeenten tile instead of as tiles of their own</extracomment>
        <translation>%1 (%2 G4, %3 G32)</translation>
    </message>
    <message>
        <source>Het bestand bevat %1 (de statusbalk telt die); %2 daarvan nemen in deze selectie niet deel.</source>
        <translation>The file holds %1 (the status bar counts those); %2 of them do not take part in this selection.</translation>
    </message>
    <message>
        <source>Alle %1 in het bestand nemen in deze selectie deel.</source>
        <translation>All %1 in the file take part in this selection.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Werkplaats-database (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Werkplaats database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Nieuwe database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Voorbeelddatabase openen</source>
        <translation>Open &amp;example database</translation>
    </message>
    <message>
        <source>De voorbeelddatabase met de veertien Wmo-werkplaatsen uit &apos;Uit de steigers&apos; (los van uw eigen bestand)</source>
        <translation>The example database with the fourteen Wmo-werkplaatsen from &apos;Uit de steigers&apos; (separate from your own file)</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Opslaan als &amp;kopie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>%1 bestaat al. Kies een nieuwe naam; een bestaande database wordt nooit overschreven.</source>
        <translation>%1 already exists. Choose a new name; an existing database is never overwritten.</translation>
    </message>
    <message>
        <source>Opslaan als kopie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Kies een ander bestand dan de open database.</source>
        <translation>Choose another file than the open database.</translation>
    </message>
    <message>
        <source>Kopie maken…</source>
        <translation>Making a copy…</translation>
    </message>
    <message>
        <source>Kopie opgeslagen: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>{van} t/m {tot}</source>
        <translation>{van} to {tot}</translation>
    </message>
    <message>
        <source>vanaf {van}</source>
        <translation>from {van}</translation>
    </message>
    <message>
        <source>t/m {tot}</source>
        <translation>up to {tot}</translation>
    </message>
    <message>
        <source>alle werkplaatsen</source>
        <translation>all werkplaatsen</translation>
    </message>
    <message>
        <source>alle thema&apos;s</source>
        <translation>all themes</translation>
    </message>
    <message>
        <source>alle O&apos;s</source>
        <translation>all O&apos;s</translation>
    </message>
    <message>
        <source>alle partnertypes</source>
        <translation>all partner types</translation>
    </message>
    <message>
        <source>partnertype {type}</source>
        <translation>partner type {type}</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Partnertype</source>
        <translation>Partner type</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>activiteiten</source>
        <extracomment>only the choice between activities and products changed (no new figures needed)</extracomment>
        <translation>activities</translation>
    </message>
    <message>
        <source>producten</source>
        <translation>products</translation>
    </message>
    <message>
        <source>Waarde van een uur dat een partner inbrengt, voor de cofinanciering. Wordt onthouden.</source>
        <translation>Value of an hour a partner contributes, for the co-financing. Remembered.</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Jaarrapportage…</source>
        <translation>Annual report…</translation>
    </message>
    <message>
        <source>Vanaf jaar</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>Tot en met jaar</source>
        <translation>Up to and including year</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Partnertype</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Output tellen als</source>
        <translation>Count output as</translation>
    </message>
    <message>
        <source>Uurtarief partneruren</source>
        <translation>Hourly rate of partner hours</translation>
    </message>
    <message>
        <source>Jaren:</source>
        <translation>Years:</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>O:</source>
        <translation>O:</translation>
    </message>
    <message>
        <source>Partnertype:</source>
        <translation>Partner type:</translation>
    </message>
    <message>
        <source>Output tellen als:</source>
        <translation>Count output as:</translation>
    </message>
    <message>
        <source>Uurtarief partneruren:</source>
        <translation>Hourly rate of partner hours:</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle O&apos;s</source>
        <translation>All O&apos;s</translation>
    </message>
    <message>
        <source>Alle partnertypes</source>
        <translation>All partner types</translation>
    </message>
    <message>
        <source>Alle werkplaatsen</source>
        <translation>All werkplaatsen</translation>
    </message>
</context>
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Persoonsgegevens verwijderen</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <source>Kies de contactpersoon wiens gegevens u wilt verwijderen. De persoon verdwijnt overal tegelijk: uit de lijst met personen, uit de rollen in werkplaatsen en uit elk veld dat naar hem of haar verwijst. Een import van een oudere export brengt de persoon niet terug. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Choose the contact person whose data you want to delete. The person disappears everywhere at once: from the list of people, from the roles in werkplaatsen and from every field that refers to them. Importing an older export does not bring the person back. This cannot be undone.</translation>
    </message>
    <message>
        <source>Zoeken op naam of e-mailadres…</source>
        <translation>Search by name or e-mail address…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alle gegevens van %1 verwijderen?

De geschiedenis van Ongedaan maken wordt gewist, zodat ook die de persoon niet terugbrengt. Backups van vóór nu bevatten de persoon nog tot ze worden opgeruimd (zie de handleiding, Gegevensveiligheid).</source>
        <translation>Delete all data of %1?

The Undo history is cleared, so that it cannot bring the person back either. Backups made before now still contain the person until they are thinned away (see the manual, Gegevensveiligheid).</translation>
    </message>
</context>
<context>
    <name>Formulier</name>
    <message>
        <source>Nieuwe werkplaats</source>
        <extracomment>the form&apos;s title for a new record and for an existing one (context &quot;Formulier&quot;) the page&apos;s name in the navigation (context &quot;Navigatie&quot;) the page shows the related lists of the selected record below its list bulk edits offered on its list (``ui/bulk_dialog.py``): &quot;thema&quot;, &quot;status&quot;, &quot;o&quot; what its list holds, said when the list is empty (context &quot;Navigatie&quot;) in the order of the navigation (after the features&apos; pages such as the Overzicht)</extracomment>
        <translation>New werkplaats</translation>
    </message>
    <message>
        <source>Werkplaats bewerken</source>
        <translation>Edit werkplaats</translation>
    </message>
    <message>
        <source>Nieuw lectoraat</source>
        <translation>New research chair (lectoraat)</translation>
    </message>
    <message>
        <source>Lectoraat bewerken</source>
        <translation>Edit research chair</translation>
    </message>
    <message>
        <source>Nieuwe kenniskring</source>
        <translation>New knowledge circle</translation>
    </message>
    <message>
        <source>Kenniskring bewerken</source>
        <translation>Edit knowledge circle</translation>
    </message>
    <message>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project bewerken</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Nieuw product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product bewerken</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Partner bewerken</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Nieuwe deelname</source>
        <translation>New participation</translation>
    </message>
    <message>
        <source>Deelname bewerken</source>
        <translation>Edit participation</translation>
    </message>
    <message>
        <source>Nieuwe bijdrage</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Bijdrage bewerken</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <source>Nieuwe subsidie</source>
        <translation>New subsidy</translation>
    </message>
    <message>
        <source>Subsidie bewerken</source>
        <translation>Edit subsidy</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Persoon bewerken</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Nieuw kennisagenda-item</source>
        <translation>New knowledge agenda item</translation>
    </message>
    <message>
        <source>Kennisagenda-item bewerken</source>
        <translation>Edit knowledge agenda item</translation>
    </message>
    <message>
        <source>Nieuwe themasamenwerking</source>
        <translation>New theme cooperation</translation>
    </message>
    <message>
        <source>Themasamenwerking bewerken</source>
        <translation>Edit theme cooperation</translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Thema bewerken</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Nieuwe gemeente</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>Gemeente bewerken</source>
        <translation>Edit municipality</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sla eerst de gegevens op.</source>
        <translation>Save the details first.</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <extracomment>why this form only shows the record, or None when it may be changed: a shared database&apos;s login that may only read (role landelijk), or a record of another werkplaats (its rights); asked before anything can be typed</extracomment>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Alleen lezen: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <source>%1 (alleen lezen)</source>
        <translation>%1 (read only)</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1 om te verbeteren.</source>
        <translation>Not saved: %1 to correct.</translation>
    </message>
    <message>
        <source>Niet opgeslagen.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation>There are unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Wilt u %1 verwijderen?</source>
        <translation>Do you want to delete %1?</translation>
    </message>
    <message>
        <source>Wilt u deze %1 %2 verwijderen?</source>
        <translation>Do you want to delete these %1 %2?</translation>
    </message>
    <message>
        <source>Dit kan niet: nog in gebruik bij %1.</source>
        <translation>Not possible: still in use by %1.</translation>
    </message>
    <message>
        <source>Daarmee worden ook verwijderd: %1.</source>
        <translation>This also deletes: %1.</translation>
    </message>
    <message>
        <source>De koppeling vervalt bij: %1 (die blijven bestaan).</source>
        <translation>The link is removed from: %1 (these remain).</translation>
    </message>
    <message>
        <source>U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Vul een heel getal in.</source>
        <extracomment>what is wrong with the input, said when the user leaves the field (&quot;&quot; when nothing)</extracomment>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-03-2011.</source>
        <translation>Write the date as dd-mm-yyyy, for example 04-03-2011.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Typ om te zoeken…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; past bij %2 namen; kies er één uit de lijst.</source>
        <translation>&apos;%1&apos; matches %2 names; choose one from the list.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat niet in de lijst; kies een waarde uit de lijst.</source>
        <translation>&apos;%1&apos; is not in the list; choose a value from the list.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Gekozen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Nog niets gekozen.</source>
        <translation>Nothing chosen yet.</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kies in elke rij een naam en een rol, of verwijder de rij.</source>
        <translation>Choose a name and a role in every row, or remove the row.</translation>
    </message>
    <message>
        <source>Periode (jaar)</source>
        <extracomment>a label other than the field&apos;s own (domain/validation.FIELD_LABELS) consecutive fields with the same group share one row of the form (see GROUPS) the label of each row that holds several fields</extracomment>
        <translation>Period (year)</translation>
    </message>
    <message>
        <source>Periode (datum)</source>
        <translation>Period (date)</translation>
    </message>
    <message>
        <source>Betrokkenen (aantal)</source>
        <translation>People involved (number)</translation>
    </message>
    <message>
        <source>Bereik en uren</source>
        <translation>Reach and hours</translation>
    </message>
    <message>
        <source>De provincie volgt uit de gemeente.</source>
        <translation>The province follows from the municipality.</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Lectoraten</source>
        <translation>Research chairs</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Vrij toegankelijk (open access)</source>
        <translation>Freely accessible (open access)</translation>
    </message>
    <message>
        <source>Deelname aan werkplaatsen</source>
        <translation>Participation in werkplaatsen</translation>
    </message>
    <message>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>In gebruik voor nieuwe gegevens</source>
        <translation>In use for new records</translation>
    </message>
</context>
<context>
    <name>Getal</name>
    <message>
        <source>Vul een getal in, bijvoorbeeld {voorbeeld}.</source>
        <translation>Enter a number, for example {voorbeeld}.</translation>
    </message>
    <message>
        <source>Vul een heel getal in, bijvoorbeeld {voorbeeld}.</source>
        <translation>Enter a whole number, for example {voorbeeld}.</translation>
    </message>
    <message>
        <source>Bedoelt u {eerste} of {tweede}? Typ het getal zoals u het bedoelt.</source>
        <translation>Do you mean {eerste} or {tweede}? Type the number as you mean it.</translation>
    </message>
</context>
<context>
    <name>Grafiek</name>
    <message>
        <source>Per thema</source>
        <extracomment>short Dutch name (export file names, menus) &quot;module:function&quot; of the builder in this package (imported when first used) size in inches on the page; the report uses its own page size does the chart follow the activities/products choice?</extracomment>
        <translation>By theme</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Per jaar</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Cofinanciering</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Geen gegevens</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Er is niets om te tonen voor deze filters.</source>
        <translation>There is nothing to show for these filters.</translation>
    </message>
    <message>
        <source>Aantal activiteiten</source>
        <translation>Number of activities</translation>
    </message>
    <message>
        <source>Aantal producten</source>
        <translation>Number of products</translation>
    </message>
    <message>
        <source>PNG-afbeelding</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG-tekening</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>PDF-document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Partners per type</source>
        <translation>Partners by type</translation>
    </message>
    <message>
        <source>Organisaties die in de gekozen jaren deelnemen aan de gekozen werkplaatsen; {n} in totaal.</source>
        <translation>Organisations taking part in the chosen werkplaatsen in the chosen years; {n} in total.</translation>
    </message>
    <message>
        <source>Cofinanciering per jaar</source>
        <translation>Co-financing per year</translation>
    </message>
    <message>
        <source>VWS-subsidie tegenover de inbreng van partners; het percentage is het aandeel van de subsidie (beoogd: een derde, {pct}).</source>
        <translation>VWS subsidy against the partners&apos; contribution; the percentage is the subsidy&apos;s share (intended: one third, {pct}).</translation>
    </message>
    <message>
        <source>Thema- en O-filter gelden niet voor geld.</source>
        <translation>Theme and O filters do not apply to money.</translation>
    </message>
    <message>
        <source>VWS-subsidie</source>
        <translation>VWS subsidy</translation>
    </message>
    <message>
        <source>Partners: geld</source>
        <translation>Partners: money</translation>
    </message>
    <message>
        <source>Partners: uren × {tarief} per uur</source>
        <translation>Partners: hours × {tarief} per hour</translation>
    </message>
    <message>
        <source>Bedrag (euro)</source>
        <translation>Amount (euro)</translation>
    </message>
    <message>
        <source>Aantal organisaties</source>
        <translation>Number of organisations</translation>
    </message>
    <message>
        <source>Bron: CBS/Kadaster (CC-BY 4.0)</source>
        <translation>Source: CBS/Kadaster (CC-BY 4.0)</translation>
    </message>
    <message>
        <source>Activiteiten per provincie</source>
        <translation>Activities by province</translation>
    </message>
    <message>
        <source>Producten per provincie</source>
        <translation>Products by province</translation>
    </message>
    <message>
        <source>Provincie van de gemeente van de activiteit.</source>
        <translation>Province of the activity&apos;s municipality.</translation>
    </message>
    <message>
        <source>Provincie van de gemeente van de activiteit, anders van de werkplaats.</source>
        <translation>Province of the activity&apos;s municipality, otherwise of the werkplaats.</translation>
    </message>
    <message>
        <source>werkplaats</source>
        <translation>werkplaats</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>Alle provincies 0 voor deze filters.</source>
        <translation>All provinces 0 for these filters.</translation>
    </message>
    <message>
        <source>Activiteiten per thema, naar O</source>
        <translation>Activities by theme, by O</translation>
    </message>
    <message>
        <source>Producten per thema, naar O van de activiteit</source>
        <translation>Products by theme, by O of the activity</translation>
    </message>
    <message>
        <source>Activiteiten per jaar, naar O</source>
        <translation>Activities by year, by O</translation>
    </message>
    <message>
        <source>Producten per jaar, naar O van de activiteit</source>
        <translation>Products by year, by O of the activity</translation>
    </message>
    <message>
        <source>Activiteiten per gemeente, naar O</source>
        <translation>Activities by municipality, by O</translation>
    </message>
    <message>
        <source>Producten per gemeente (van hun activiteit)</source>
        <translation>Products by municipality (of their activity)</translation>
    </message>
    <message>
        <source>Totaal: {n}.</source>
        <translation>Total: {n}.</translation>
    </message>
    <message>
        <source>De {top} met de meeste; {n} in totaal.</source>
        <translation>The {top} with the most; {n} in total.</translation>
    </message>
    <message>
        <source>{n} in totaal.</source>
        <translation>{n} in total.</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>Filter: {filter}</translation>
    </message>
    <message>
        <source>Bron: {app} {versie}, database {database}. Gemaakt op {datum}.</source>
        <translation>Source: {app} {versie}, database {database}. Made on {datum}.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Hoofdstukken</source>
        <translation>Chapters</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kies de exports van werkplaatsen: een volledige export (ZIP-bestand of map met manifest.json) of een landelijk overzicht (CSV). Alles wordt eerst gecontroleerd en dan in één keer opgeslagen; bij een fout wordt niets gewijzigd. Opnieuw inlezen werkt bij, zonder dubbele records.</source>
        <translation>Choose the exports of werkplaatsen: a full export (ZIP file or folder with manifest.json) or a national overview (CSV). Everything is checked first and then saved at once; on an error nothing changes. Importing again updates, without duplicate records.</translation>
    </message>
    <message>
        <source>Te importeren bestanden</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Bestanden toevoegen…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Map toevoegen…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exports kiezen</source>
        <translation>Choose exports</translation>
    </message>
    <message>
        <source>Exports (*.zip *.csv);;Alle bestanden (*)</source>
        <translation>Exports (*.zip *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Map met een export kiezen</source>
        <translation>Choose a folder with an export</translation>
    </message>
</context>
<context>
    <name>Jaarrapportage</name>
    <message>
        <source>Jaarrapportage</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Er zijn nog geen gegevens om over te rapporteren.</source>
        <translation>There is no data to report on yet.</translation>
    </message>
    <message>
        <source>Jaarrapportage %1.pdf</source>
        <translation>Annual report %1.pdf</translation>
    </message>
    <message>
        <source>Jaarrapportage opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Jaarrapportage %1 maken</source>
        <translation>Making annual report %1</translation>
    </message>
    <message>
        <source>Afgebroken; er is niets geschreven.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>De jaarrapportage kon niet worden opgeslagen: %1</source>
        <translation>The annual report could not be saved: %1</translation>
    </message>
    <message>
        <source>De jaarrapportage is opgeslagen:
%1

De cijfers staan als CSV-bestanden in de map:
%2</source>
        <translation>The annual report has been saved:
%1

The figures are CSV files in the folder:
%2</translation>
    </message>
</context>
<context>
    <name>Jaarstatus</name>
    <message>
        <source>Kies een werkplaats.</source>
        <translation>Choose a werkplaats.</translation>
    </message>
    <message>
        <source>Kies een jaar tussen {min} en {max}.</source>
        <translation>Choose a year between {min} and {max}.</translation>
    </message>
    <message>
        <source>{jaar} is voor {werkplaats} al {status}.</source>
        <translation>{jaar} is already {status} for {werkplaats}.</translation>
    </message>
    <message>
        <source>{jaar} is voor {werkplaats} al {status}; afsluiten kan alleen vooruit (concept, ingediend, definitief). Heropen het jaar om het weer te wijzigen.</source>
        <translation>{jaar} is already {status} for {werkplaats}; closing only goes forward (draft, submitted, final). Reopen the year to change it again.</translation>
    </message>
    <message>
        <source>{jaar} is voor {werkplaats} niet afgesloten (concept): er is niets te heropenen.</source>
        <translation>{jaar} is not closed for {werkplaats} (draft): there is nothing to reopen.</translation>
    </message>
    <message>
        <source>Geef een reden op: heropenen wordt vastgelegd in het logboek.</source>
        <translation>Give a reason: reopening is recorded in the log.</translation>
    </message>
    <message>
        <source>Jaar &amp;afsluiten…</source>
        <translation>&amp;Close year…</translation>
    </message>
    <message>
        <source>Zet een jaar op ingediend of definitief: dan is het alleen-lezen</source>
        <translation>Set a year to submitted or final: it then becomes read-only</translation>
    </message>
    <message>
        <source>Jaar &amp;heropenen…</source>
        <translation>&amp;Reopen year…</translation>
    </message>
    <message>
        <source>Zet een afgesloten jaar terug op concept (met reden in het logboek)</source>
        <translation>Set a closed year back to draft (with the reason in the log)</translation>
    </message>
</context>
<context>
    <name>Keuzelijst</name>
    <message>
        <source>Onderzoek</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Ontwikkeling</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Ondersteuning</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Wmo-werkplaats</source>
        <translation>Wmo-werkplaats</translation>
    </message>
    <message>
        <source>Werkplaats Sociaal Domein</source>
        <translation>Werkplaats Sociaal Domein</translation>
    </message>
    <message>
        <source>Academische Werkplaats Jeugd</source>
        <translation>Academic Workplace Youth</translation>
    </message>
    <message>
        <source>Academische Werkplaats Publieke Gezondheid</source>
        <translation>Academic Workplace Public Health</translation>
    </message>
    <message>
        <source>Academische Werkplaats Autisme</source>
        <translation>Academic Workplace Autism</translation>
    </message>
    <message>
        <source>Academische Werkplaats Thuiszorg</source>
        <translation>Academic Workplace Home Care</translation>
    </message>
    <message>
        <source>Tranzo-werkplaats</source>
        <translation>Tranzo workplace</translation>
    </message>
    <message>
        <source>ZonMw-consortium</source>
        <translation>ZonMw consortium</translation>
    </message>
    <message>
        <source>Netwerk Nationaal Programma Ouderenzorg</source>
        <translation>National Elderly Care Programme network</translation>
    </message>
    <message>
        <source>Gemeentelijk initiatief</source>
        <translation>Municipal initiative</translation>
    </message>
    <message>
        <source>Instellingsinitiatief</source>
        <translation>Institutional initiative</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hogeschool</source>
        <translation>University of applied sciences</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Stadsdeel</source>
        <translation>City district</translation>
    </message>
    <message>
        <source>Gemeentelijke dienst</source>
        <translation>Municipal service</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Zorg- of welzijnsinstelling</source>
        <translation>Care or welfare organisation</translation>
    </message>
    <message>
        <source>Mbo-instelling</source>
        <translation>Vocational college (mbo)</translation>
    </message>
    <message>
        <source>Universiteit</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Burger- of cliëntorganisatie</source>
        <translation>Citizens&apos; or clients&apos; organisation</translation>
    </message>
    <message>
        <source>Vrijwilligersorganisatie</source>
        <translation>Volunteer organisation</translation>
    </message>
    <message>
        <source>Landelijk kennisinstituut</source>
        <translation>National knowledge institute</translation>
    </message>
    <message>
        <source>Academische werkplaats</source>
        <translation>Academic workplace</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>G4</source>
        <translation>G4</translation>
    </message>
    <message>
        <source>G32</source>
        <translation>G32</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>In natura (uren)</source>
        <translation>In kind (hours)</translation>
    </message>
    <message>
        <source>Bestuurlijke overeenkomst</source>
        <translation>Administrative agreement</translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation>Covenant</translation>
    </message>
    <message>
        <source>Per project</source>
        <translation>Per project</translation>
    </message>
    <message>
        <source>Geen (informeel)</source>
        <translation>None (informal)</translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation>Money (euro)</translation>
    </message>
    <message>
        <source>Manuren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>In voorbereiding</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Uitvoerder</source>
        <translation>Executing partner</translation>
    </message>
    <message>
        <source>Pilotlocatie</source>
        <translation>Pilot site</translation>
    </message>
    <message>
        <source>Meedenker</source>
        <translation>Sounding board</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In uitvoering</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Lector</source>
        <translation>Professor (lector)</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Onderzoeker</source>
        <translation>Researcher</translation>
    </message>
    <message>
        <source>Docent</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Bestuurder</source>
        <translation>Board member</translation>
    </message>
    <message>
        <source>Praktijkgericht onderzoek</source>
        <translation>Practice-based research</translation>
    </message>
    <message>
        <source>Evaluatieonderzoek</source>
        <translation>Evaluation research</translation>
    </message>
    <message>
        <source>Monitoring en effectmeting</source>
        <translation>Monitoring and impact measurement</translation>
    </message>
    <message>
        <source>Afstudeeronderzoek studenten</source>
        <translation>Student graduation research</translation>
    </message>
    <message>
        <source>Literatuurstudie / verkenning</source>
        <translation>Literature study / exploration</translation>
    </message>
    <message>
        <source>Methodiekontwikkeling</source>
        <translation>Method development</translation>
    </message>
    <message>
        <source>Interventieontwikkeling</source>
        <translation>Intervention development</translation>
    </message>
    <message>
        <source>Instrumentontwikkeling</source>
        <translation>Instrument development</translation>
    </message>
    <message>
        <source>Handelingskennis beschrijven</source>
        <translation>Describing practical knowledge</translation>
    </message>
    <message>
        <source>Pilot / experiment</source>
        <translation>Pilot / experiment</translation>
    </message>
    <message>
        <source>Onderwijsmodule (initieel onderwijs)</source>
        <translation>Teaching module (initial education)</translation>
    </message>
    <message>
        <source>Minor of keuzevak</source>
        <translation>Minor or elective</translation>
    </message>
    <message>
        <source>Bijscholing / training professionals</source>
        <translation>Further training for professionals</translation>
    </message>
    <message>
        <source>Gastcollege</source>
        <translation>Guest lecture</translation>
    </message>
    <message>
        <source>Stage / leerwerkplaats</source>
        <translation>Internship / learning workplace</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Actieleren / leernetwerk</source>
        <translation>Action learning / learning network</translation>
    </message>
    <message>
        <source>Conferentie / studiedag</source>
        <translation>Conference / study day</translation>
    </message>
    <message>
        <source>Kennisverspreiding (website, nieuwsbrief, publicatie)</source>
        <translation>Knowledge dissemination (website, newsletter, publication)</translation>
    </message>
    <message>
        <source>Netwerkbijeenkomst / overleg</source>
        <translation>Network meeting / consultation</translation>
    </message>
    <message>
        <source>Publicatie (artikel, rapport)</source>
        <translation>Publication (article, report)</translation>
    </message>
    <message>
        <source>Boek</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Onderwijsmodule</source>
        <translation>Teaching module</translation>
    </message>
    <message>
        <source>Methodiekbeschrijving</source>
        <translation>Method description</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Factsheet</translation>
    </message>
    <message>
        <source>Website of online dossier</source>
        <translation>Website or online dossier</translation>
    </message>
    <message>
        <source>Video of podcast</source>
        <translation>Video or podcast</translation>
    </message>
</context>
<context>
    <name>Kolom</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Kenniskring</source>
        <translation>Knowledge circle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projectleider onderwijs</source>
        <translation>Project leader (education)</translation>
    </message>
    <message>
        <source>Projectleider praktijk</source>
        <translation>Project leader (practice)</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Open access</source>
        <translation>Open access</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>G4/G32</source>
        <translation>G4/G32</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Overeenkomst</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Bedrag / uren</source>
        <translation>Amount / hours</translation>
    </message>
    <message>
        <source>Verstrekker</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Lector</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>Vraagstuk</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>CBS-code</source>
        <translation>CBS code</translation>
    </message>
</context>
<context>
    <name>Lijst</name>
    <message>
        <source>Alle werkplaatsen</source>
        <translation>All werkplaatsen</translation>
    </message>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle O&apos;s</source>
        <translation>All O&apos;s</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Alle partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Elke status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Geld en uren</source>
        <translation>Money and hours</translation>
    </message>
    <message>
        <source>Alle provincies</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <source>zonder gemeente</source>
        <translation>without municipality</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>werkplaats</source>
        <translation>werkplaats</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>kenniskring</source>
        <translation>knowledge circle</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>werkplaatsen</source>
        <translation>werkplaatsen</translation>
    </message>
    <message>
        <source>vanaf</source>
        <translation>from</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>partnertype</source>
        <translation>partner type</translation>
    </message>
    <message>
        <source>zonder thema</source>
        <translation>without theme</translation>
    </message>
    <message>
        <source>zonder partner</source>
        <translation>without partner</translation>
    </message>
    <message>
        <source>zonder kenniskring</source>
        <translation>without knowledge circle</translation>
    </message>
    <message>
        <source>zonder provincie</source>
        <translation>without province</translation>
    </message>
    <message>
        <source>zonder soort</source>
        <translation>without kind</translation>
    </message>
    <message>
        <source>zonder gemeente of provincie</source>
        <translation>without municipality or province</translation>
    </message>
    <message>
        <source>zonder O</source>
        <translation>without O</translation>
    </message>
    <message>
        <source>Zoeken in de zichtbare kolommen… (Ctrl+F)</source>
        <extracomment>widths for a list first shown without rows, by kind of column (pixels) a sentence for the status bar: what was just saved or changed</extracomment>
        <translation>Search the visible columns… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Wis filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Ook gefilterd op: %1</source>
        <translation>Also filtered on: %1</translation>
    </message>
    <message>
        <source>Opgeslagen: &apos;%1&apos;.</source>
        <translation>Saved: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is opgeslagen, maar valt buiten de filters of de zoekterm van deze lijst.</source>
        <translation>&apos;%1&apos; was saved, but the filters or the search of this list hide it.</translation>
    </message>
    <message>
        <source>%1 gewijzigd.</source>
        <translation>%1 changed.</translation>
    </message>
    <message>
        <source>%1 daarvan vallen nu buiten de filters van deze lijst.</source>
        <translation>%1 of them are now hidden by the filters of this list.</translation>
    </message>
    <message>
        <source>%1 verwijderd (Ctrl+Z maakt het ongedaan).</source>
        <translation>%1 deleted (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Bulk bewerken…</source>
        <translation>Bulk edit…</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Geen %1 bij deze filters of zoekterm.</source>
        <translation>No %1 for these filters or this search.</translation>
    </message>
    <message>
        <source>Er zijn nog geen %1.</source>
        <translation>There are no %1 yet.</translation>
    </message>
    <message>
        <source>%1 gekozen</source>
        <translation>%1 chosen</translation>
    </message>
</context>
<context>
    <name>Locatie</name>
    <message>
        <source>Dit bestand staat op een netwerkschijf ({what}). SQLite-databases kunnen daar beschadigd raken, en de beveiliging tegen twee programma&apos;s tegelijk in één bestand werkt er niet altijd. Bewaar het bestand liever op deze computer en zet alleen backups op de netwerkschijf.</source>
        <extracomment>Folder names (lower case) that sync clients use; a path containing one is synced. Environment variables that Windows sets to the OneDrive folders.</extracomment>
        <translation>This file is on a network drive ({what}). SQLite databases can get damaged there, and the protection against two programs in one file at the same time does not always work there. Keep the file on this computer and put only backups on the network drive.</translation>
    </message>
    <message>
        <source>Dit bestand staat in een map die door {what} wordt gesynchroniseerd. Als het bestand wordt gesynchroniseerd terwijl het programma erin schrijft, of als het op twee computers tegelijk open is, kunnen wijzigingen verloren gaan of kan het bestand beschadigd raken. Bewaar het bestand liever buiten die map, bijvoorbeeld in de standaardmap van het programma.</source>
        <translation>This file is in a folder synchronised by {what}. If the file is synchronised while the program writes to it, or if it is open on two computers at once, changes can be lost or the file can get damaged. Keep the file outside that folder, for instance in the program&apos;s standard folder.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Backupmap</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Het programma maakt een backup bij het afsluiten en minstens één keer per dag terwijl het draait, en dunt oude backups uit tot één per dag (7 dagen), per week (8 weken) en per maand (12 maanden). Kies bij voorkeur een map op een andere schijf of een USB-stick. Na een wijziging blijven bestaande backups in de oude map staan.</source>
        <translation>The program makes a backup on closing and at least once a day while it runs, and thins old backups to one per day (7 days), per week (8 weeks) and per month (12 months). Preferably choose a folder on another disk or a USB stick. After a change, existing backups stay in the old folder.</translation>
    </message>
    <message>
        <source>Andere map &amp;kiezen…</source>
        <translation>&amp;Choose another folder…</translation>
    </message>
    <message>
        <source>&amp;Standaardmap</source>
        <translation>&amp;Standard folder</translation>
    </message>
    <message>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>De backups van &lt;b&gt;%1&lt;/b&gt; komen in:&lt;br&gt;%2</source>
        <translation>The backups of &lt;b&gt;%1&lt;/b&gt; go to:&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Backupmap kiezen</source>
        <translation>Choose backup folder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigatie</source>
        <extracomment>the first window: fits a 1366x768 screen with a taskbar and a 1280x720 one (title bar and frame included); larger screens get the same, the user makes it larger a page, or what makes it when it is first shown (``Host.add_page``) Windows kept alive by Python (a language switch replaces the window with a new one).</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <extracomment>on a shared database: who is logged in and what that login may write</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>B&amp;ulk bewerken…</source>
        <translation>&amp;Bulk edit…</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Filters wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Over Werkplaats Desktop</source>
        <translation>&amp;About Werkplaats Desktop</translation>
    </message>
    <message>
        <source>Bulk bewerken</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>Selecteer eerst de rijen die u wilt wijzigen.</source>
        <translation>First select the rows you want to change.</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>O&amp;pnieuw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Over Werkplaats Desktop</source>
        <translation>About Werkplaats Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; versie %2&lt;br&gt;&lt;br&gt;Voor de Wmo-werkplaatsen en Werkplaatsen Sociaal Domein.&lt;br&gt;&lt;br&gt;Database: %3&lt;br&gt;Gegevensmap: %4&lt;br&gt;&lt;br&gt;Kaart: Bron: CBS/Kadaster (CC-BY 4.0)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; version %2&lt;br&gt;&lt;br&gt;For the Wmo-werkplaatsen and Werkplaatsen Sociaal Domein.&lt;br&gt;&lt;br&gt;Database: %3&lt;br&gt;Data folder: %4&lt;br&gt;&lt;br&gt;Map: Source: CBS/Kadaster (CC-BY 4.0)</translation>
    </message>
    <message>
        <source>Voorbeelddatabase: de feiten komen uit &apos;Uit de steigers&apos; (2015); projecten, activiteiten en bedragen zijn verzonnen.</source>
        <translation>Demo database: the facts come from &apos;Uit de steigers&apos; (2015); projects, activities and amounts are invented.</translation>
    </message>
    <message>
        <source>Alleen lezen: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <source>alleen lezen</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>beheerder (mag alle gegevens wijzigen)</source>
        <translation>administrator (may change all data)</translation>
    </message>
    <message>
        <source>schrijft voor %1</source>
        <translation>writes for %1</translation>
    </message>
    <message>
        <source>mag alle gegevens wijzigen (er zijn nog geen rollen per werkplaats)</source>
        <translation>may change all data (no roles per werkplaats have been set up yet)</translation>
    </message>
    <message>
        <source>geen eigen werkplaats (mag gedeelde gegevens, zoals partners, wijzigen)</source>
        <translation>no werkplaats of its own (may change shared data such as partners)</translation>
    </message>
    <message>
        <source>Ingelogd als %1: %2</source>
        <translation>Logged in as %1: %2</translation>
    </message>
    <message>
        <source>U werkt in de gedeelde database %1.</source>
        <translation>You are working in the shared database %1.</translation>
    </message>
    <message>
        <source>%1 — %2 werkplaatsen, %3 projecten, %4 activiteiten, %5 producten, %6 partners</source>
        <translation>%1 — %2 werkplaatsen, %3 projects, %4 activities, %5 products, %6 partners</translation>
    </message>
</context>
<context>
    <name>Meervoud</name>
    <message>
        <source>activiteit</source>
        <extracomment>key -&gt; (singular, plural), Dutch</extracomment>
        <translation>activity</translation>
    </message>
    <message>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>producten</source>
        <translation>products</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>gemeenten</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>werkplaats</source>
        <translation>werkplaats</translation>
    </message>
    <message>
        <source>werkplaatsen</source>
        <translation>werkplaatsen</translation>
    </message>
    <message>
        <source>hogeschool</source>
        <translation>university of applied sciences</translation>
    </message>
    <message>
        <source>hogescholen</source>
        <translation>universities of applied sciences</translation>
    </message>
    <message>
        <source>uitvoeringsorganisatie</source>
        <translation>implementing organisation</translation>
    </message>
    <message>
        <source>uitvoeringsorganisaties</source>
        <translation>implementing organisations</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>praktijk</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>praktijken</source>
        <translation>practices</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>onderwerpen</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>kenniskring</source>
        <translation>knowledge circle</translation>
    </message>
    <message>
        <source>kenniskringen</source>
        <translation>knowledge circles</translation>
    </message>
    <message>
        <source>rij</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rijen</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>geselecteerde rij</source>
        <translation>selected row</translation>
    </message>
    <message>
        <source>geselecteerde rijen</source>
        <translation>selected rows</translation>
    </message>
    <message>
        <source>punt</source>
        <translation>point</translation>
    </message>
    <message>
        <source>punten</source>
        <translation>points</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>fouten</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <source>bestanden</source>
        <translation>files</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>jaren</source>
        <translation>years</translation>
    </message>
    <message>
        <source>pagina</source>
        <translation>page</translation>
    </message>
    <message>
        <source>pagina&apos;s</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>uur</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>bereikte persoon</source>
        <translation>person reached</translation>
    </message>
    <message>
        <source>bereikte personen</source>
        <translation>people reached</translation>
    </message>
</context>
<context>
    <name>Navigatie</name>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Hier staan de werkplaatsen: uw eigen werkplaats en de werkplaatsen waarmee u samenwerkt, met hun lectoraten, subsidies en partners.</source>
        <translation>This is where the werkplaatsen are: your own and those you work with, with their lectorates, grants and partners.</translation>
    </message>
    <message>
        <source>Kenniskringen</source>
        <translation>Knowledge circles</translation>
    </message>
    <message>
        <source>Hier staan de kenniskringen: lectoren, docenten, studenten en mensen uit de praktijk die samen aan een thema werken.</source>
        <translation>This is where the knowledge circles are: lectors, teachers, students and practitioners working together on a theme.</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Hier staan de projecten (praktijken) van de werkplaats, met hun partners, thema&apos;s en pilotgemeenten.</source>
        <translation>This is where the werkplaats&apos;s projects (practices) are, with their partners, themes and pilot municipalities.</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Hier staan de activiteiten in de vier O&apos;s: onderzoek, ontwikkeling, onderwijs en ondersteuning, per jaar.</source>
        <translation>This is where the activities in the four O&apos;s are: research, development, education and support, per year.</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Hier staan de producten die uit het werk komen: publicaties, handreikingen, lesmateriaal en meer.</source>
        <translation>This is where the products of the work are: publications, guides, teaching material and more.</translation>
    </message>
    <message>
        <source>Partners en bijdragen</source>
        <translation>Partners and contributions</translation>
    </message>
    <message>
        <source>Hier staan de partners (gemeenten, hogescholen, zorg- en welzijnsorganisaties en anderen) met hun bijdragen in geld en uren.</source>
        <translation>This is where the partners are (municipalities, universities of applied sciences, care and welfare organisations and others) with their contributions in money and hours.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Hier staan de personen: lectoren, trekkers, projectleiders en contactpersonen.</source>
        <translation>This is where the people are: lectors, leads, project leaders and contacts.</translation>
    </message>
    <message>
        <source>Kennisagenda</source>
        <translation>Knowledge agenda</translation>
    </message>
    <message>
        <source>Hier staan de vragen van de kennisagenda: wat de werkplaats wil weten en welke projecten eraan werken.</source>
        <translation>This is where the questions of the knowledge agenda are: what the werkplaats wants to know and which projects work on it.</translation>
    </message>
    <message>
        <source>Themasamenwerking</source>
        <translation>Theme cooperation</translation>
    </message>
    <message>
        <source>Hier staan de samenwerkingen van werkplaatsen op een thema.</source>
        <translation>This is where the collaborations of werkplaatsen on a theme are.</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Hier staan de thema&apos;s waarin activiteiten, projecten en producten worden ingedeeld.</source>
        <translation>This is where the themes are by which activities, projects and products are grouped.</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Hier staan de gemeenten, met hun CBS-code, provincie en G4/G32.</source>
        <translation>This is where the municipalities are, with their CBS code, province and G4/G32.</translation>
    </message>
    <message>
        <source>Hier staan de lectoraten van een werkplaats.</source>
        <translation>This is where the lectorates of a werkplaats are.</translation>
    </message>
    <message>
        <source>Hier staat aan welke werkplaatsen een partner deelneemt.</source>
        <translation>This is where the werkplaatsen a partner takes part in are.</translation>
    </message>
    <message>
        <source>Hier staan de bijdragen van partners, in geld en in uren.</source>
        <translation>This is where the partners&apos; contributions are, in money and in hours.</translation>
    </message>
    <message>
        <source>Hier staan de subsidies van een werkplaats.</source>
        <translation>This is where the grants of a werkplaats are.</translation>
    </message>
    <message>
        <source>Aanlevering</source>
        <extracomment>the page, once it is made (when it is first shown)</extracomment>
        <translation>Deliveries</translation>
    </message>
</context>
<context>
    <name>Openen</name>
    <message>
        <source>d MMMM yyyy &apos;om&apos; HH:mm</source>
        <translation>d MMMM yyyy &apos;at&apos; HH:mm</translation>
    </message>
    <message>
        <source>(geen kopie: %1)</source>
        <extracomment>Qt platforms without a screen: a modal dialog there waits forever</extracomment>
        <translation>(no copy: %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is beschadigd en is niet geopend. Er is niets in geschreven; een kopie staat in %2.

Wat SQLite vond: %3</source>
        <translation>&apos;%1&apos; is damaged and was not opened. Nothing was written to it; a copy is in %2.

What SQLite found: %3</translation>
    </message>
    <message>
        <source>Er is geen goede backup van dit bestand gevonden in %1.</source>
        <translation>No sound backup of this file was found in %1.</translation>
    </message>
    <message>
        <source>De nieuwste goede backup is van %1. Wilt u die terugzetten? Wat u daarna nog hebt gewijzigd, staat alleen in het beschadigde bestand.</source>
        <translation>The newest sound backup is from %1. Do you want to restore it? What you changed after that is only in the damaged file.</translation>
    </message>
    <message>
        <source>Start Werkplaats Desktop op een bureaublad om die vraag te beantwoorden.</source>
        <translation>Start Werkplaats Desktop on a desktop to answer that question.</translation>
    </message>
    <message>
        <source>Backup &amp;terugzetten</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <source>&amp;Niet openen</source>
        <translation>&amp;Do not open</translation>
    </message>
    <message>
        <source>De backup is niet teruggezet: %1</source>
        <translation>The backup was not restored: %1</translation>
    </message>
    <message>
        <source>De backup van %1 is teruggezet.</source>
        <translation>The backup of %1 has been restored.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Persoonsgegevens verwijderd</source>
        <extracomment>The tables a forget touches (for the change announcement).</extracomment>
        <translation>Personal data deleted</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>Jaarrapportage {jaar}</source>
        <extracomment>the charts that show a series of years use the trend figures</extracomment>
        <translation>Annual report {jaar}</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Feiten en cijfers {jaar}</source>
        <translation>Facts and figures {jaar}</translation>
    </message>
    <message>
        <source>Alle werkplaatsen</source>
        <translation>All werkplaatsen</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Let op: gemaakt met de voorbeelddatabase (verzonnen gegevens).</source>
        <translation>Note: made with the demo database (invented data).</translation>
    </message>
    <message>
        <source>Een activiteit telt in de provincie van haar gemeente; een product in die van de gemeente van zijn activiteit, anders in die van zijn werkplaats.</source>
        <translation>An activity counts in the province of its municipality; a product in that of its activity&apos;s municipality, otherwise in that of its werkplaats.</translation>
    </message>
    <message>
        <source>Gemaakt met {app} {versie} op {datum}.</source>
        <translation>Made with {app} {versie} on {datum}.</translation>
    </message>
    <message>
        <source>Jaarrapportage {jaar} · blz. {n}</source>
        <extracomment>the width of every page: A4 landscape</extracomment>
        <translation>Annual report {jaar} · p. {n}</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Tabel: {titel}</source>
        <translation>Table: {titel}</translation>
    </message>
    <message>
        <source>Geen gegevens voor deze filters.</source>
        <translation>No data for these filters.</translation>
    </message>
    <message>
        <source>Wat de feiten en cijfers tellen</source>
        <translation>What the facts and figures count</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Partnertype</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Uurtarief partneruren</source>
        <translation>Hourly rate of partner hours</translation>
    </message>
    <message>
        <source>Reeksen per jaar</source>
        <translation>Series per year</translation>
    </message>
    <message>
        <source>{van} t/m {tot}</source>
        <translation>{van} to {tot}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Jaarrapportage: {wat}</source>
        <translation>Annual report: {wat}</translation>
    </message>
    <message>
        <source>cijfers berekenen</source>
        <translation>calculating figures</translation>
    </message>
    <message>
        <source>pagina {n} van {totaal}</source>
        <translation>page {n} of {totaal}</translation>
    </message>
    <message>
        <source>CSV-bestanden schrijven</source>
        <translation>writing CSV files</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Verslag van de import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>nog %1 keer, zoals in rij %2: %3</source>
        <translation>%1 more times, as in row %2: %3</translation>
    </message>
    <message>
        <source>Problemen (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>de eerste %1 staan hier; de rest is geteld per soort en kolom</source>
        <translation>the first %1 are listed here; the rest are counted per kind and column</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Partner uit de export</source>
        <translation>Partner from the export</translation>
    </message>
    <message>
        <source>Geëxporteerd door</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Bestaande partner</source>
        <translation>Existing partner</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Mogelijk dezelfde organisatie</source>
        <translation>Possibly the same organisation</translation>
    </message>
    <message>
        <source>Aangevinkte samenvoegen</source>
        <translation>Merge the ticked ones</translation>
    </message>
    <message>
        <source>Deze partners lijken op een partner die er al is, maar zijn apart ingelezen. Vink aan wat dezelfde organisatie is: ze worden dan één partner (ongedaan te maken met Bewerken &gt; Ongedaan maken).</source>
        <translation>These partners resemble a partner that already exists, but were imported separately. Tick what is the same organisation: they then become one partner (can be undone with Edit &gt; Undo).</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Het hele verslag als tekst naar het klembord</source>
        <translation>The whole report as text to the clipboard</translation>
    </message>
    <message>
        <source>%1 samengevoegd.</source>
        <translation>%1 merged.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Herstellen uit backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Kies de backup die u wilt terugzetten. Het programma controleert de backup eerst en bewaart de huidige database zelf als backup voordat hij wordt vervangen.
Backups van %1 staan in %2.</source>
        <translation>Choose the backup you want to restore. The program checks the backup first and keeps the current database as a backup before it is replaced.
Backups of %1 are in %2.</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Er zijn nog geen backups van dit bestand in deze map.</source>
        <translation>There are no backups of this file in this folder yet.</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Ander &amp;bestand…</source>
        <translation>Other &amp;file…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>&amp;Backup maken</source>
        <extracomment>How often the running program looks whether the daily backup is due. The first look, shortly after start (not during start-up itself).</extracomment>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>&amp;Herstellen uit backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Database &amp;controleren</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <source>&amp;Backupmap…</source>
        <translation>&amp;Backup folder…</translation>
    </message>
    <message>
        <source>&amp;Persoonsgegevens verwijderen…</source>
        <translation>Delete &amp;personal data…</translation>
    </message>
    <message>
        <source>Backup maken…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <source>Er is geen backup gemaakt: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <source>Backup gemaakt: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Backup maken met pg_dump…</source>
        <translation>Making a backup with pg_dump…</translation>
    </message>
    <message>
        <source>Backup gemaakt met pg_dump: %1 (%2)</source>
        <translation>Backup made with pg_dump: %1 (%2)</translation>
    </message>
    <message>
        <source>Automatische backup…</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <source>De automatische backup is mislukt: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Backup maken bij het afsluiten…</source>
        <translation>Making backup on closing…</translation>
    </message>
    <message>
        <source>Bij het afsluiten kon geen backup worden gemaakt: %1
Uw gegevens zelf zijn opgeslagen.</source>
        <translation>No backup could be made on closing: %1
Your data itself has been saved.</translation>
    </message>
    <message>
        <source>De backup van %1 terugzetten?

De huidige database wordt eerst zelf als backup bewaard; daarna vervangt de gekozen backup hem.</source>
        <translation>Restore the backup of %1?

The current database is first kept as a backup itself; then the chosen backup replaces it.</translation>
    </message>
    <message>
        <source>Backup controleren…</source>
        <translation>Checking backup…</translation>
    </message>
    <message>
        <source>De backup is niet teruggezet; er is niets gewijzigd.

%1</source>
        <translation>The backup was not restored; nothing has changed.

%1</translation>
    </message>
    <message>
        <source>De backup is niet teruggezet: %1</source>
        <translation>The backup was not restored: %1</translation>
    </message>
    <message>
        <source>De backup van %1 is teruggezet.

De database zoals hij was, is bewaard als:
%2</source>
        <translation>The backup of %1 has been restored.

The database as it was has been kept as:
%2</translation>
    </message>
    <message>
        <source>Database controleren…</source>
        <translation>Checking database…</translation>
    </message>
    <message>
        <source>Database controleren</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>De persoonsgegevens zijn verwijderd.</source>
        <translation>The personal data has been deleted.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Wachtwoord voor %1 (%2):</source>
        <translation>Password for %1 (%2):</translation>
    </message>
    <message>
        <source>Het wachtwoord is onjuist (of deze inlognaam bestaat niet). Probeer het opnieuw.</source>
        <translation>The password is wrong (or this login does not exist). Please try again.</translation>
    </message>
    <message>
        <source>Inloggen op %1 is drie keer mislukt.</source>
        <translation>Logging in to %1 failed three times.</translation>
    </message>
    <message>
        <source>Deze database staat op een PostgreSQL-server (%1). Backups daarvan maakt de server, niet dit programma: vraag de beheerder of er dagelijks een backup wordt gemaakt (pg_dump), en hoe lang die bewaard blijft.

Een eigen kopie van uw gegevens maakt u met Bestand &gt; Exporteren (volledige export).</source>
        <translation>This database is on a PostgreSQL server (%1). Its backups are made by the server, not by this program: ask the administrator whether a backup is made daily (pg_dump), and how long it is kept.

To make your own copy of your data, use File &gt; Export (full export).</translation>
    </message>
    <message>
        <source>Een backup maken kan met:</source>
        <translation>To make a backup:</translation>
    </message>
    <message>
        <source>Iemand anders heeft deze gegevens opgeslagen nadat u ze opende. Bij elk veld staat wat er nu is opgeslagen en wat u gaf; er is niets van u opgeslagen.

Met Opnieuw laden ziet u de opgeslagen gegevens en past u uw wijziging opnieuw toe.</source>
        <translation>Someone else saved this data after you opened it. Each field shows what is stored now and what you entered; nothing of yours was saved.

With Reload you see the stored data and apply your change again.</translation>
    </message>
    <message>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>De verbinding met de server %1 is verbroken; het programma probeert het om de paar seconden opnieuw. Wat u had opgeslagen, blijft bewaard.</source>
        <extracomment>the server was out of reach at the last poll (said once, not every poll)</extracomment>
        <translation>The connection to the server %1 was lost; the program tries again every few seconds. What you had saved is kept.</translation>
    </message>
    <message>
        <source>De verbinding met de server is hersteld; alles is opnieuw gelezen.</source>
        <translation>The connection to the server is back; everything has been read again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Mijn werkplaats instellen</source>
        <extracomment>the fields of ``start_own_werkplaats``&apos;s messages -&gt; the question they are about the werkplaats&apos;s id once the setup is done a new name like one of the list, confirmed by pressing Instellen a second time</extracomment>
        <translation>Set up my werkplaats</translation>
    </message>
    <message>
        <source>Van welke werkplaats is dit bestand? Typ een deel van de naam en kies uw werkplaats uit de landelijke lijst, of typ de naam van een nieuwe werkplaats.</source>
        <translation>Which werkplaats is this file for? Type part of the name and choose your werkplaats from the national list, or type the name of a new werkplaats.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Utrecht</source>
        <translation>For example: Utrecht</translation>
    </message>
    <message>
        <source>De hogeschool die penvoerder is</source>
        <translation>The hogeschool that leads the werkplaats</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Penvoerder (hogeschool)</source>
        <translation>Lead institution (hogeschool)</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Wat er met deze naam gebeurt</source>
        <translation>What happens with this name</translation>
    </message>
    <message>
        <source>&amp;Instellen</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>Instellen</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Daarna legt u projecten, activiteiten en partners vast. Wat u hier kiest, kunt u later wijzigen onder Werkplaats; Bewerken &gt; Ongedaan maken draait het in één keer terug.</source>
        <translation>Afterwards you record projects, activities and partners. What you choose here can be changed later under Werkplaats; Edit &gt; Undo reverses it in one step.</translation>
    </message>
    <message>
        <source>De landelijke lijst heeft %1 werkplaatsen.</source>
        <translation>The national list has %1 werkplaatsen.</translation>
    </message>
    <message>
        <source>Uit de landelijke lijst (code %1).</source>
        <translation>From the national list (code %1).</translation>
    </message>
    <message>
        <source>Deze werkplaats staat al in dit bestand.</source>
        <translation>This werkplaats is already in this file.</translation>
    </message>
    <message>
        <source>Nieuwe werkplaats: staat niet in de landelijke lijst.</source>
        <translation>New werkplaats: not on the national list.</translation>
    </message>
    <message>
        <source>Bedoelt u %1? Kies die dan uit de lijst.</source>
        <translation>Do you mean %1? Then choose it from the list.</translation>
    </message>
    <message>
        <source>Kies de werkplaats uit de lijst, of kies nogmaals Instellen voor een nieuwe werkplaats met de naam &apos;%1&apos;.</source>
        <translation>Choose the werkplaats from the list, or choose Set up again for a new werkplaats named &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Voorbeelddatabase maken…</source>
        <translation>Making the demo database…</translation>
    </message>
    <message>
        <source>Werkplaats Desktop kan geen venster openen: de systeembibliotheek %1 ontbreekt, die Qt nodig heeft om een venster te tonen. Installeer het pakket %2 (Debian/Ubuntu: sudo apt-get install %2) en start het programma opnieuw. Zonder venster werkt de opdracht &apos;werkplaats&apos; (zie &apos;werkplaats --help&apos;), en &apos;werkplaats-desktop --self-test&apos; controleert het programma.</source>
        <translation>Werkplaats Desktop cannot open a window: the system library %1 is missing, which Qt needs to show a window. Install the package %2 (Debian/Ubuntu: sudo apt-get install %2) and start the program again. Without a window the &apos;werkplaats&apos; command works (see &apos;werkplaats --help&apos;), and &apos;werkplaats-desktop --self-test&apos; checks the program.</translation>
    </message>
    <message>
        <source>Werkplaats Desktop kan geen venster openen: het beeldscherm DISPLAY=%1 is niet bereikbaar (daar draait geen X-server, hij antwoordt niet of hij laat dit programma niet toe). Start het programma vanuit een bureaublad (of met &apos;ssh -X&apos;), of zet DISPLAY goed. Zonder venster werkt de opdracht &apos;werkplaats&apos; (zie &apos;werkplaats --help&apos;), en &apos;werkplaats-desktop --self-test&apos; controleert het programma.</source>
        <translation>Werkplaats Desktop cannot open a window: the display DISPLAY=%1 cannot be reached (no X server runs there, it does not answer, or it does not let this program in). Start the program from a desktop (or with &apos;ssh -X&apos;), or set DISPLAY right. Without a window the &apos;werkplaats&apos; command works (see &apos;werkplaats --help&apos;), and &apos;werkplaats-desktop --self-test&apos; checks the program.</translation>
    </message>
    <message>
        <source>Werkplaats Desktop kan geen venster openen: er is geen beeldscherm (geen bureaubladsessie; DISPLAY en WAYLAND_DISPLAY zijn leeg). Start het programma vanuit een bureaublad (of met &apos;ssh -X&apos;). Zonder venster werkt de opdracht &apos;werkplaats&apos; (zie &apos;werkplaats --help&apos;), en &apos;werkplaats-desktop --self-test&apos; controleert het programma.</source>
        <translation>Werkplaats Desktop cannot open a window: there is no display (no desktop session; DISPLAY and WAYLAND_DISPLAY are empty). Start the program from a desktop (or with &apos;ssh -X&apos;). Without a window the &apos;werkplaats&apos; command works (see &apos;werkplaats --help&apos;), and &apos;werkplaats-desktop --self-test&apos; checks the program.</translation>
    </message>
</context>
<context>
    <name>Taak</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Tabel</name>
    <message>
        <source>%1 uur</source>
        <extracomment>pages kept in memory; older ones are read again when they are shown again</extracomment>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>werkplaatsen</source>
        <translation>werkplaatsen</translation>
    </message>
    <message>
        <source>lectoraten</source>
        <translation>research chairs</translation>
    </message>
    <message>
        <source>kenniskringen</source>
        <translation>knowledge circles</translation>
    </message>
    <message>
        <source>projecten</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>producten</source>
        <translation>products</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>deelnames van partners</source>
        <translation>partner participations</translation>
    </message>
    <message>
        <source>bijdragen</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>subsidies</translation>
    </message>
    <message>
        <source>personen</source>
        <translation>people</translation>
    </message>
    <message>
        <source>kennisagenda-items</source>
        <translation>knowledge agenda items</translation>
    </message>
    <message>
        <source>themasamenwerkingen</source>
        <translation>theme cooperations</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <extracomment>a closed year is read-only (``rules.GeslotenJaar``): on the kinds with a year, and on the kinds whose delete would change such records in a file with an eigen werkplaats, the records of a werkplaats are its own</extracomment>
        <translation>themes</translation>
    </message>
    <message>
        <source>gemeenten</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>rollen van personen</source>
        <extracomment>Dutch names of what lives in the link tables, for the question before a delete (the kinds&apos; own tables are called by their plural)</extracomment>
        <translation>roles of people</translation>
    </message>
    <message>
        <source>themakoppelingen</source>
        <translation>theme links</translation>
    </message>
    <message>
        <source>partners bij projecten</source>
        <translation>partners of projects</translation>
    </message>
    <message>
        <source>pilotgemeenten bij projecten</source>
        <translation>pilot municipalities of projects</translation>
    </message>
    <message>
        <source>projecten bij kennisagenda-items</source>
        <translation>projects of knowledge agenda items</translation>
    </message>
    <message>
        <source>deelnames aan themasamenwerkingen</source>
        <translation>participations in theme cooperations</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>Type partner</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VWS-subsidie (euro)</source>
        <translation>VWS subsidy (euro)</translation>
    </message>
    <message>
        <source>Partners: geld (euro)</source>
        <translation>Partners: money (euro)</translation>
    </message>
    <message>
        <source>Partners: uren</source>
        <translation>Partners: hours</translation>
    </message>
    <message>
        <source>Partners: uren × uurtarief (euro)</source>
        <translation>Partners: hours × hourly rate (euro)</translation>
    </message>
    <message>
        <source>Totaal (euro)</source>
        <translation>Total (euro)</translation>
    </message>
    <message>
        <source>Aandeel subsidie</source>
        <translation>Share of subsidy</translation>
    </message>
</context>
<context>
    <name>Uitwisseling</name>
    <message>
        <source>&apos;{waarde}&apos; is geen geheel getal.</source>
        <translation>&apos;{waarde}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen getal (verwacht bijvoorbeeld 12{teken}50, zonder scheidingstekens voor duizendtallen).</source>
        <translation>&apos;{waarde}&apos; is not a number (expected e.g. 12{teken}50, without thousands separators).</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen datum (verwacht jjjj-mm-dd).</source>
        <translation>&apos;{waarde}&apos; is not a date (expected yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>De datum &apos;{waarde}&apos; bestaat niet.</source>
        <translation>The date &apos;{waarde}&apos; does not exist.</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen tijdstip (verwacht jjjj-mm-ddTuu:mm:ss).</source>
        <translation>&apos;{waarde}&apos; is not a time stamp (expected yyyy-mm-ddThh:mm:ss).</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen ja of nee.</source>
        <translation>&apos;{waarde}&apos; is not yes or no.</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen geldige UUID.</source>
        <translation>&apos;{waarde}&apos; is not a valid UUID.</translation>
    </message>
    <message>
        <source>Het bestand &apos;{naam}&apos; kan niet worden overschreven: het is waarschijnlijk geopend in Excel of een ander programma. Sluit het bestand en probeer het opnieuw. Er is niets gewijzigd.</source>
        <translation>The file &apos;{naam}&apos; cannot be overwritten: it is probably open in Excel or another program. Close the file and try again. Nothing has changed.</translation>
    </message>
    <message>
        <source>Het bestand is in UTF-16 opgeslagen. Sla het op als &apos;CSV UTF-8&apos; en lees het opnieuw in.</source>
        <translation>The file was saved as UTF-16. Save it as &apos;CSV UTF-8&apos; and import it again.</translation>
    </message>
    <message>
        <source>Het bestand bevat NUL-tekens: het is geen CSV-tekstbestand.</source>
        <translation>The file contains NUL characters: it is not a CSV text file.</translation>
    </message>
    <message>
        <source>Het bestand begint als UTF-8 maar bevat ongeldige tekens (bij byte {positie}).</source>
        <translation>The file starts as UTF-8 but contains invalid characters (at byte {positie}).</translation>
    </message>
    <message>
        <source>Het bestand is niet in UTF-8 opgeslagen en is gelezen als Windows-1252. Controleer of letters met accenten goed zijn overgekomen.</source>
        <translation>The file was not saved as UTF-8 and was read as Windows-1252. Check that accented letters came through correctly.</translation>
    </message>
    <message>
        <source>De tekenset van het bestand is niet herkend: het is geen UTF-8 en geen Windows-1252.</source>
        <translation>The character set of the file was not recognised: it is neither UTF-8 nor Windows-1252.</translation>
    </message>
    <message>
        <source>De eerste regel bevat niet de verwachte kolomnamen (zoals {namen}).</source>
        <translation>The first line does not hold the expected column names (such as {namen}).</translation>
    </message>
    <message>
        <source>De kolom &apos;{kolom}&apos; ontbreekt.</source>
        <translation>The column &apos;{kolom}&apos; is missing.</translation>
    </message>
    <message>
        <source>Onbekende kolom &apos;{kolom}&apos;.</source>
        <translation>Unknown column &apos;{kolom}&apos;.</translation>
    </message>
    <message>
        <source>De kolom &apos;{kolom}&apos; staat er twee keer in.</source>
        <translation>The column &apos;{kolom}&apos; appears twice.</translation>
    </message>
    <message>
        <source>De rij heeft {n} velden; er zijn {m} kolommen. Is het bestand afgebroken of een scheidingsteken verkeerd?</source>
        <translation>The row has {n} fields; there are {m} columns. Is the file truncated or a separator wrong?</translation>
    </message>
    <message>
        <source>Het bestand is hier niet als CSV te lezen ({fout}); is het afgebroken?</source>
        <translation>The file cannot be read as CSV here ({fout}); is it truncated?</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Lezen: {bestand}</source>
        <translation>Reading: {bestand}</translation>
    </message>
    <message>
        <source>Controleren...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>Opslaan...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Dit bestand is van {naam} (de eigen werkplaats) en leest geen exports in: de gegevens van een werkplaats worden in het eigen bestand van die werkplaats bijgehouden. Verzamel exports van werkplaatsen in een landelijk overzicht: een nieuw bestand zonder eigen werkplaats (opdrachtregel: werkplaats import --db landelijk.sqlite BESTAND...). Er is niets gewijzigd.</source>
        <translation>This file belongs to {naam} (its own werkplaats) and reads no exports: a werkplaats&apos;s data are kept in that werkplaats&apos;s own file. Collect the exports of werkplaatsen in a national overview: a new file without an own werkplaats (command line: werkplaats import --db landelijk.sqlite FILE...). Nothing was changed.</translation>
    </message>
    <message>
        <source>{kolom} is hier &apos;{waarde}&apos;, maar in rij {eerder} &apos;{anders}&apos; voor dezelfde UUID.</source>
        <extracomment>stands for the moment of exporting in the SQL of the column ``exportdatum`` (column in an activity row, the same column in a product row)</extracomment>
        <translation>{kolom} is &apos;{waarde}&apos; here, but &apos;{anders}&apos; in row {eerder} for the same UUID.</translation>
    </message>
    <message>
        <source>soort moet &apos;activiteit&apos; of &apos;product&apos; zijn.</source>
        <translation>soort must be &apos;activiteit&apos; or &apos;product&apos;.</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen jaarstatus (concept, ingediend of definitief).</source>
        <translation>&apos;{waarde}&apos; is not a year status (concept, ingediend or definitief).</translation>
    </message>
    <message>
        <source>manifest.json ontbreekt: dit is geen volledige export van Werkplaats Desktop.</source>
        <translation>manifest.json is missing: this is not a full export of Werkplaats Desktop.</translation>
    </message>
    <message>
        <source>manifest.json is niet te lezen ({fout}).</source>
        <translation>manifest.json cannot be read ({fout}).</translation>
    </message>
    <message>
        <source>manifest.json mist of heeft een ongeldig veld &apos;{veld_naam}&apos;.</source>
        <translation>manifest.json lacks or has an invalid field &apos;{veld_naam}&apos;.</translation>
    </message>
    <message>
        <source>Deze export heeft formaatversie {versie}; dit programma kent formaatversies tot en met {max}. Installeer de nieuwste versie van Werkplaats Desktop om hem in te lezen.</source>
        <translation>This export has format version {versie}; this program knows format versions up to {max}. Install the newest version of Werkplaats Desktop to import it.</translation>
    </message>
    <message>
        <source>zelfde gemeente (CBS-code {cbs})</source>
        <translation>same municipality (CBS code {cbs})</translation>
    </message>
    <message>
        <source>zelfde naam</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>bijna dezelfde naam</source>
        <translation>nearly the same name</translation>
    </message>
    <message>
        <source>meer organisaties met CBS-code {cbs}</source>
        <translation>several organisations with CBS code {cbs}</translation>
    </message>
    <message>
        <source>al gekoppeld aan een andere partner uit dezelfde export</source>
        <translation>already linked to another partner from the same export</translation>
    </message>
    <message>
        <source>Elke rij moet een UUID hebben.</source>
        <translation>Every row must have a UUID.</translation>
    </message>
    <message>
        <source>Deze UUID staat ook in rij {eerder}: een record mag maar één keer voorkomen.</source>
        <translation>This UUID is also in row {eerder}: a record may appear only once.</translation>
    </message>
    <message>
        <source>Dit record staat ook in {bestand}; de versie uit {gebruikt} is gebruikt.</source>
        <translation>This record is also in {bestand}; the version from {gebruikt} was used.</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen geldige waarde voor {kolom}.</source>
        <translation>&apos;{waarde}&apos; is not a valid value for {kolom}.</translation>
    </message>
    <message>
        <source>{kolom}: &apos;{waarde}&apos; staat niet in {bestand} van deze export.</source>
        <translation>{kolom}: &apos;{waarde}&apos; is not in {bestand} of this export.</translation>
    </message>
    <message>
        <source>Excel (Nederlands)</source>
        <translation>Excel (Dutch)</translation>
    </message>
    <message>
        <source>Standaard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Het bestand of de map bestaat niet.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <source>Dit is geen geldig ZIP-bestand (is het afgebroken of beschadigd?).</source>
        <translation>This is not a valid ZIP file (is it truncated or damaged?).</translation>
    </message>
    <message>
        <source>Het ZIP-bestand is beschadigd ({fout}).</source>
        <translation>The ZIP file is damaged ({fout}).</translation>
    </message>
    <message>
        <source>Dit bestand ontbreekt in de export.</source>
        <translation>This file is missing from the export.</translation>
    </message>
    <message>
        <source>De inhoud komt niet overeen met het controlegetal (SHA-256) in manifest.json: het bestand is beschadigd of na het exporteren gewijzigd.</source>
        <translation>The content does not match the checksum (SHA-256) in manifest.json: the file is damaged or was changed after exporting.</translation>
    </message>
    <message>
        <source>manifest.json noemt {verwacht} rijen; het bestand heeft er {n}.</source>
        <translation>manifest.json mentions {verwacht} rows; the file has {n}.</translation>
    </message>
    <message>
        <source>Dit bestand hoort niet bij het formaat en wordt niet gelezen.</source>
        <translation>This file is not part of the format and is not read.</translation>
    </message>
    <message>
        <source>Dit is één bestand uit een volledige export. Lees de hele export in (het ZIP-bestand of de map met manifest.json).</source>
        <translation>This is one file of a full export. Import the whole export (the ZIP file or the folder with manifest.json).</translation>
    </message>
    <message>
        <source>Dit bestand is geen export van Werkplaats Desktop: de kolommen van het landelijk overzicht (zoals {namen}) ontbreken.</source>
        <translation>This file is not an export of Werkplaats Desktop: the columns of the national overview (such as {namen}) are missing.</translation>
    </message>
    <message>
        <source>Dit landelijk overzicht heeft formaatversie {versie}; dit programma kent formaatversies tot en met {max}. Installeer de nieuwste versie van Werkplaats Desktop.</source>
        <translation>This national overview has format version {versie}; this program knows format versions up to {max}. Install the newest version of Werkplaats Desktop.</translation>
    </message>
    <message>
        <source>Het ZIP-bestand bevat &apos;{naam}&apos; met een absoluut pad. Een export van Werkplaats Desktop heeft dat nooit; het ZIP-bestand wordt niet gelezen.</source>
        <translation>The ZIP file contains &apos;{naam}&apos; with an absolute path. An export of Werkplaats Desktop never has that; the ZIP file is not read.</translation>
    </message>
    <message>
        <source>Het ZIP-bestand bevat &apos;{naam}&apos;, dat met &apos;..&apos; buiten het archief wijst. Een export van Werkplaats Desktop heeft dat nooit; het ZIP-bestand wordt niet gelezen.</source>
        <translation>The ZIP file contains &apos;{naam}&apos;, which points outside the archive with &apos;..&apos;. An export of Werkplaats Desktop never has that; the ZIP file is not read.</translation>
    </message>
    <message>
        <source>Het ZIP-bestand bevat &apos;{naam}&apos; als snelkoppeling (symbolische link). Een export van Werkplaats Desktop heeft dat nooit; het ZIP-bestand wordt niet gelezen.</source>
        <translation>The ZIP file contains &apos;{naam}&apos; as a shortcut (symbolic link). An export of Werkplaats Desktop never has that; the ZIP file is not read.</translation>
    </message>
    <message>
        <source>Het ZIP-bestand bevat &apos;{naam}&apos; {n} keer: welke bedoeld is, is niet te zeggen. Het ZIP-bestand wordt niet gelezen.</source>
        <translation>The ZIP file contains &apos;{naam}&apos; {n} times: which one is meant cannot be told. The ZIP file is not read.</translation>
    </message>
    <message>
        <source>Het ZIP-bestand zou uitgepakt {uitgepakt} MB worden, {factor} keer zo groot als het archief zelf ({groot} MB). Dat is geen export van Werkplaats Desktop (mogelijk een &apos;zip-bom&apos;); het ZIP-bestand wordt niet gelezen.</source>
        <translation>Unpacked, the ZIP file would be {uitgepakt} MB, {factor} times the size of the archive itself ({groot} MB). That is not an export of Werkplaats Desktop (possibly a &apos;zip bomb&apos;); the ZIP file is not read.</translation>
    </message>
    <message>
        <source>manifest.json is {groot} MB; een echt manifest is een paar kB. Het ZIP-bestand wordt niet gelezen.</source>
        <translation>manifest.json is {groot} MB; a real manifest is a few kB. The ZIP file is not read.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen ({fout}).</source>
        <translation>The file cannot be read ({fout}).</translation>
    </message>
    <message>
        <source>De kolom &apos;{kolom}&apos; ontbreekt, terwijl &apos;{veld}&apos; verplicht is (aantal rijen zonder: {n}). Voeg de kolom toe, of exporteer het overzicht opnieuw.</source>
        <translation>The column &apos;{kolom}&apos; is missing, while &apos;{veld}&apos; is required (rows without it: {n}). Add the column, or export the overview again.</translation>
    </message>
    <message>
        <source>rij {rij}</source>
        <extracomment>problems kept in full; the rest are counted per kind and column</extracomment>
        <translation>row {rij}</translation>
    </message>
    <message>
        <source>kolom {kolom}</source>
        <translation>column {kolom}</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Deze export van {naam} is van {datum}; eerder is een nieuwere ingelezen (van {eerder}). Wat sindsdien in die werkplaats is veranderd, zou teruggaan naar deze oudere stand. Lees hem alleen in als u dat wilt (opdrachtregel: --ook-ouder).</source>
        <extracomment>changed: the stored record differed from the file&apos;s in the file exactly as stored here: left alone records of a werkplaats the export does not bring (``ownership.py``): not read for a possible match: the id the partner got here (to merge it when confirmed) the same, per werkplaats whose records the import brings (its name) the tables the import changed (for ``Database.external_change``) so many errors that the rows were no longer kept: the rules between records (unique names, references) were not checked an export older than the one of the same werkplaats read before (``ownership.py``)</extracomment>
        <translation>This export of {naam} is from {datum}; a newer one was read before (from {eerder}). What has changed in that werkplaats since then would go back to this older state. Only import it if that is what you want (command line: --ook-ouder).</translation>
    </message>
    <message>
        <source>Dit bestand vervangt de gegevens van {werkplaatsen}: {n} records die nu in de database staan, staan niet in het bestand en worden verwijderd ({soorten}). Lees het alleen in als dat de bedoeling is: de export van een werkplaats is haar hele administratie.</source>
        <translation>This file replaces the data of {werkplaatsen}: {n} records that are in the database now are not in the file and will be removed ({soorten}). Import it only if that is what you intend: the export of a werkplaats is its whole administration.</translation>
    </message>
    <message>
        <source>Niet ingelezen: {n} gevonden. De database is niet gewijzigd.</source>
        <translation>Not imported: {n} found. The database has not been changed.</translation>
    </message>
    <message>
        <source>Na {n} fouten zijn alleen de cellen en rijen zelf nog gecontroleerd; de regels tussen records (unieke namen, verwijzingen) komen aan bod als deze fouten zijn verbeterd.</source>
        <translation>After {n} errors only the cells and rows themselves were checked; the rules between records (unique names, references) are checked once these errors are corrected.</translation>
    </message>
    <message>
        <source>Nog {n} problemen na de eerste {shown}, geteld per soort en kolom (met het eerste voorbeeld):</source>
        <translation>{n} more problems after the first {shown}, counted per kind and column (with the first example):</translation>
    </message>
    <message>
        <source>  {n} ×  {probleem}</source>
        <translation>  {n} ×  {probleem}</translation>
    </message>
    <message>
        <source>  {tabel}: {nieuw} nieuw, {bijgewerkt} bijgewerkt, {verwijderd} verwijderd, {ongewijzigd} ongewijzigd</source>
        <translation>  {tabel}: {nieuw} new, {bijgewerkt} updated, {verwijderd} removed, {ongewijzigd} unchanged</translation>
    </message>
    <message>
        <source>Per werkplaats:</source>
        <translation>Per werkplaats:</translation>
    </message>
    <message>
        <source>Per soort record:</source>
        <translation>Per kind of record:</translation>
    </message>
    <message>
        <source>  {werkplaats}: {nieuw} nieuw, {bijgewerkt} bijgewerkt, {verwijderd} verwijderd, {ongewijzigd} ongewijzigd</source>
        <translation>  {werkplaats}: {nieuw} new, {bijgewerkt} updated, {verwijderd} removed, {ongewijzigd} unchanged</translation>
    </message>
    <message>
        <source>, {n} niet ingelezen (andere bron)</source>
        <translation>, {n} not read (other source)</translation>
    </message>
    <message>
        <source>  {n} herkend als een bestaande organisatie en samengevoegd.</source>
        <translation>  {n} recognised as an existing organisation and merged.</translation>
    </message>
    <message>
        <source>  Mogelijk een bestaande organisatie (bevestig of het dezelfde is): {n}.</source>
        <translation>  Possibly an existing organisation (confirm whether it is the same): {n}.</translation>
    </message>
    <message>
        <source>  Overgeslagen, als persoonsgegevens vergeten: {n}.</source>
        <translation>  Skipped, forgotten as personal data: {n}.</translation>
    </message>
    <message>
        <source>  Ook hier verwijderd, als persoonsgegevens vergeten: {n}.</source>
        <translation>  Also deleted here, forgotten as personal data: {n}.</translation>
    </message>
    <message>
        <source>Ingelezen.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Mogelijk dezelfde organisatie (niet samengevoegd):</source>
        <translation>Possibly the same organisation (not merged):</translation>
    </message>
    <message>
        <source>Deze export van {naam} is van {datum}, ouder dan de eerder ingelezen export (van {eerder}); op uw verzoek is hij toch ingelezen.</source>
        <translation>This export of {naam} is from {datum}, older than the export read before (from {eerder}); it was read anyway, as you asked.</translation>
    </message>
    <message>
        <source>{naam} staat ook in {ander}, een nieuwere export: de gegevens van {naam} uit dit bestand zijn niet ingelezen.</source>
        <translation>{naam} is also in {ander}, a newer export: the data of {naam} in this file were not read.</translation>
    </message>
    <message>
        <source>{records} van {naam} niet ingelezen: dit bestand is van {bron}, en de gegevens van {naam} komen uit het bestand van die werkplaats zelf.</source>
        <translation>{records} of {naam} not read: this file belongs to {bron}, and the data of {naam} come from that werkplaats&apos;s own file.</translation>
    </message>
    <message>
        <source>{jaar} van {naam} was hier {status}; de eigen, nieuwere export van {naam} wijzigt de gegevens van dat jaar (nu: {nieuw}).</source>
        <translation>{jaar} of {naam} was {status} here; the newer export of {naam} itself changes that year&apos;s data (now: {nieuw}).</translation>
    </message>
    <message>
        <source>Landelijk overzicht</source>
        <translation>National overview</translation>
    </message>
    <message>
        <source>&apos;{naam}&apos; past niet bij een {soort}: dat bestand krijgt de extensie {toegestaan}. Kies bijvoorbeeld &apos;{voorbeeld}&apos;. Er is niets geschreven.</source>
        <extracomment>kind of export -&gt; the extensions its file may have (lower case; the first is the default)</extracomment>
        <translation>&apos;{naam}&apos; does not fit a {soort}: that file gets the extension {toegestaan}. Choose for example &apos;{voorbeeld}&apos;. Nothing has been written.</translation>
    </message>
    <message>
        <source>landelijk overzicht</source>
        <translation>national overview</translation>
    </message>
    <message>
        <source>volledige export</source>
        <translation>full export</translation>
    </message>
</context>
<context>
    <name>Validatie</name>
    <message>
        <source>{veld} is verplicht.</source>
        <translation>{veld} is required.</translation>
    </message>
    <message>
        <source>{veld} is te lang (hooguit {max} tekens).</source>
        <translation>{veld} is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>{veld} moet een jaar tussen {min} en {max} zijn.</source>
        <translation>{veld} must be a year between {min} and {max}.</translation>
    </message>
    <message>
        <source>{veld} ({eind}) ligt vóór het begin ({start}).</source>
        <translation>{veld} ({eind}) is before the start ({start}).</translation>
    </message>
    <message>
        <source>{veld} mag niet negatief zijn.</source>
        <translation>{veld} must not be negative.</translation>
    </message>
    <message>
        <source>{veld} heeft hooguit twee cijfers achter de komma.</source>
        <translation>{veld} has at most two decimals.</translation>
    </message>
    <message>
        <source>De datum {datum} valt niet in het jaar {jaar}.</source>
        <translation>The date {datum} is not in the year {jaar}.</translation>
    </message>
    <message>
        <source>{veld} moet een webadres zijn dat begint met http:// of https://.</source>
        <translation>{veld} must be a web address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>{veld} is geen geldig e-mailadres.</source>
        <translation>{veld} is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>{veld}: &apos;{waarde}&apos; bestaat niet.</source>
        <translation>{veld}: &apos;{waarde}&apos; does not exist.</translation>
    </message>
    <message>
        <source>Onbekend thema: &apos;{waarde}&apos;.</source>
        <translation>Unknown theme: &apos;{waarde}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{waarde}&apos; is geen soort activiteit van {o}.</source>
        <translation>&apos;{waarde}&apos; is not a kind of activity of {o}.</translation>
    </message>
    <message>
        <source>Er bestaat al een {wat} met de naam &apos;{waarde}&apos;.</source>
        <translation>There already is a {wat} named &apos;{waarde}&apos;.</translation>
    </message>
    <message>
        <source>{veld} hoort bij een andere werkplaats.</source>
        <translation>{veld} belongs to another werkplaats.</translation>
    </message>
    <message>
        <source>{veld} bevat &apos;{waarde}&apos; twee keer.</source>
        <translation>{veld} contains &apos;{waarde}&apos; twice.</translation>
    </message>
    <message>
        <source>{veld} moet de vorm GM0000 hebben.</source>
        <translation>{veld} must have the form GM0000.</translation>
    </message>
    <message>
        <source>{veld}: &apos;{waarde}&apos; is geen geldige keuze.</source>
        <translation>{veld}: &apos;{waarde}&apos; is not a valid choice.</translation>
    </message>
    <message>
        <source>Er is al een subsidie van {verstrekker} voor {jaar}.</source>
        <translation>There already is a subsidy from {verstrekker} for {jaar}.</translation>
    </message>
    <message>
        <source>Deze {wat} is nog in gebruik en kan niet worden verwijderd.</source>
        <translation>This {wat} is still in use and cannot be deleted.</translation>
    </message>
    <message>
        <source>{veld} bestaat uit hoofdletters, cijfers en streepjes, zoals WSD-UTR (hooguit 20 tekens).</source>
        <translation>{veld} consists of capital letters, digits and hyphens, such as WSD-UTR (at most 20 characters).</translation>
    </message>
    <message>
        <source>Er bestaat al een gemeente met CBS-code &apos;{waarde}&apos;.</source>
        <translation>There is already a municipality with CBS code &apos;{waarde}&apos;.</translation>
    </message>
    <message>
        <source>Er bestaat al een werkplaats met de code &apos;{waarde}&apos;.</source>
        <translation>There is already a werkplaats with the code &apos;{waarde}&apos;.</translation>
    </message>
    <message>
        <source>{jaar} is voor {werkplaats} afgesloten ({status}): de gegevens van dat jaar kunnen niet meer worden gewijzigd. Heropen het jaar eerst (Extra &gt; Jaar heropenen…).</source>
        <translation>{jaar} is closed for {werkplaats} ({status}): that year&apos;s data can no longer be changed. Reopen the year first (Tools &gt; Reopen year…).</translation>
    </message>
    <message>
        <source>Verwijderen kan niet: het verandert {records} van {jaar} van {werkplaats}, en dat jaar is afgesloten ({status}). Heropen het jaar eerst (Extra &gt; Jaar heropenen…).</source>
        <translation>Cannot delete: it changes {records} of {jaar} of {werkplaats}, and that year is closed ({status}). Reopen the year first (Tools &gt; Reopen year…).</translation>
    </message>
    <message>
        <source>Dit bestand is van {eigen}; de gegevens van {andere} worden in het bestand van die werkplaats bijgehouden. Kies {eigen} als werkplaats.</source>
        <translation>This file belongs to {eigen}; the data of {andere} are kept in that werkplaats&apos;s own file. Choose {eigen} as the werkplaats.</translation>
    </message>
    <message>
        <source>De gegevens passen niet bij de rest van de database ({fout}).</source>
        <translation>The data does not fit the rest of the database ({fout}).</translation>
    </message>
    <message>
        <source>{veld} is intussen door iemand anders gewijzigd: opgeslagen is nu &apos;{theirs}&apos;, u gaf &apos;{mine}&apos;.</source>
        <extracomment>a field that someone else changed meanwhile (templates are Dutch; tr via FieldError.format)</extracomment>
        <translation>{veld} was changed by someone else meanwhile: stored now is &apos;{theirs}&apos;, you entered &apos;{mine}&apos;.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn intussen door iemand anders opgeslagen (versie {theirs}; u opende versie {mine}). Laad ze opnieuw en pas uw wijziging dan opnieuw toe.</source>
        <translation>Someone else saved this data meanwhile (version {theirs}; you opened version {mine}). Reload it and apply your change again.</translation>
    </message>
    <message>
        <source>U mag deze gegevens niet wijzigen: ze horen bij een andere werkplaats (de rechten op de gedeelde database). Er is niets opgeslagen.</source>
        <extracomment>a shared database&apos;s row-level security hid the row from the update (store/pg_roles.py)</extracomment>
        <translation>You may not change this data: it belongs to another werkplaats (the permissions on the shared database). Nothing was saved.</translation>
    </message>
    <message>
        <source>U mag geen {wat} verwijderen: een {wat} wordt gedeeld door alle werkplaatsen in de gedeelde database, en alleen de beheerder van de database mag gedeelde gegevens verwijderen. Er is niets verwijderd.</source>
        <extracomment>deleting on a shared database, refused by its rights (store/pg_roles.py): a shared record (a partner, person, theme: no DELETE right) or a record of another werkplaats (row-level security hides it from the DELETE)</extracomment>
        <translation>You may not delete a {wat}: a {wat} is shared by all werkplaatsen in the shared database, and only the database&apos;s administrator may delete shared data. Nothing was deleted.</translation>
    </message>
    <message>
        <source>U mag dit niet verwijderen: het is een {wat} van een andere werkplaats (de rechten op de gedeelde database). Er is niets verwijderd.</source>
        <translation>You may not delete this: it is a {wat} of another werkplaats (the rights on the shared database). Nothing was deleted.</translation>
    </message>
    <message>
        <source>U mag {aantal} van de {totaal} gekozen {wat} niet wijzigen: ze horen bij een andere werkplaats (de rechten op de gedeelde database). Er is niets opgeslagen; kies alleen records van uw eigen werkplaats.</source>
        <extracomment>bulk edit on a shared database: some of the chosen records are another werkplaats&apos;s (row-level security hides them from the UPDATE); nothing is changed</extracomment>
        <translation>You may not change {aantal} of the {totaal} chosen {wat}: they belong to another werkplaats (the rights on the shared database). Nothing was saved; choose only records of your own werkplaats.</translation>
    </message>
    <message>
        <source>U mag {aantal} van de {totaal} gekozen {wat} niet wijzigen: ze horen bij een andere werkplaats (de rechten op de gedeelde database). Kies alleen records van uw eigen werkplaats.</source>
        <extracomment>bulk edit chosen over records of which some are another werkplaats&apos;s: said before the edit</extracomment>
        <translation>You may not change {aantal} of the {totaal} chosen {wat}: they belong to another werkplaats (the rights on the shared database). Choose only records of your own werkplaats.</translation>
    </message>
    <message>
        <source>Dit is een {wat} van een andere werkplaats. U kunt de gegevens bekijken, maar niet wijzigen: dat mag alleen die werkplaats of de beheerder van de gedeelde database.</source>
        <extracomment>a form opened on a record the login may not change (a shared database): shown read only</extracomment>
        <translation>This {wat} belongs to another werkplaats. You can view it but not change it: only that werkplaats or the administrator of the shared database may.</translation>
    </message>
    <message>
        <source>Iemand anders heeft intussen al verwijderd wat u wilde verwijderen (een {wat}). Er is niets verwijderd.</source>
        <translation>Someone else has meanwhile deleted what you wanted to delete (a {wat}). Nothing was deleted.</translation>
    </message>
    <message>
        <source>Een gedeelde database heeft geen eigen werkplaats: hij is van alle werkplaatsen samen, en bij welke werkplaats u hoort bepaalt uw inlognaam (de rol die de beheerder van de database u gaf). Er is niets gewijzigd.</source>
        <extracomment>the mark of a demo database in its ``meta`` table (written by ``demo/``) the file&apos;s own werkplaats (its UUID) in the ``meta`` table: the werkplaats whose records this file keeps; other werkplaatsen in it are references (a themasamenwerking, a partner) a shared database (PostgreSQL) has no own werkplaats: each login&apos;s werkplaats is its role (store/pg_roles.py), so Mijn werkplaats instellen is refused there</extracomment>
        <translation>A shared database has no werkplaats of its own: it belongs to all werkplaatsen together, and which werkplaats you belong to is set by your login (the role the database&apos;s administrator gave you). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Veld</name>
    <message>
        <source>Naam</source>
        <extracomment>Dutch labels of the fields, used in messages (&quot;{veld}&quot;) and in forms.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vraagstuk</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Startjaar</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Eindjaar</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kenniskring</source>
        <translation>Knowledge circle</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Penvoerder</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Onderzoekers/docenten</source>
        <translation>Researchers/lecturers</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Studenten</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Bedrag of uren</source>
        <translation>Amount or hours</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>CBS-code</source>
        <translation>CBS code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verstrekker</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Projectleider onderwijs</source>
        <translation>Project leader (education)</translation>
    </message>
    <message>
        <source>Projectleider praktijk</source>
        <translation>Project leader (practice)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Pilotgemeenten</source>
        <translation>Pilot municipalities</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Werkplaatsen</source>
        <translation>Werkplaatsen</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Lector</source>
        <translation>Professor (lector)</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Overeenkomst</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>G4/G32</source>
        <translation>G4/G32</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Open access</source>
        <translation>Open access</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>&amp;Mijn werkplaats instellen…</source>
        <extracomment>the welcome page is up (put there by this feature) the user chose &quot;Nu niet&quot; (or a page) for this file</extracomment>
        <translation>Set &amp;up my werkplaats…</translation>
    </message>
    <message>
        <source>Kies de werkplaats van dit bestand uit de landelijke lijst, met penvoerder en provincie</source>
        <translation>Choose this file&apos;s werkplaats from the national list, with its lead institution and province</translation>
    </message>
    <message>
        <source>Mijn werkplaats instellen</source>
        <translation>Set up my werkplaats</translation>
    </message>
    <message>
        <source>Uw werkplaats is ingesteld: %1. Het Overzicht zegt wat u nu doet; Bewerken &gt; Ongedaan maken draait het terug.</source>
        <translation>Your werkplaats is set up: %1. The Overview says what to do next; Edit &gt; Undo reverses it.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Werkplaats Desktop</source>
        <extracomment>what a change must touch to change whether the file has its own werkplaats</extracomment>
        <translation>Welcome to Werkplaats Desktop</translation>
    </message>
    <message>
        <source>Hier houdt u bij wat uw Wmo-werkplaats of Werkplaats Sociaal Domein doet: projecten, activiteiten in de vier O&apos;s, producten, partners en hun bijdragen. Het Overzicht telt ze per thema, jaar, provincie en gemeente. Alles staat in één bestand op deze computer; het programma werkt zonder internet.</source>
        <translation>Here you keep track of what your Wmo-werkplaats or Werkplaats Sociaal Domein does: projects, activities in the four O&apos;s, products, partners and their contributions. The Overview counts them per theme, year, province and municipality. Everything is in one file on this computer; the program works without internet.</translation>
    </message>
    <message>
        <source>Begin met &amp;mijn werkplaats</source>
        <translation>Start with &amp;my werkplaats</translation>
    </message>
    <message>
        <source>Kies uw werkplaats uit de landelijke lijst (of geef de naam van een nieuwe), de hogeschool die penvoerder is en de provincie. Daarna legt u projecten en activiteiten vast.</source>
        <translation>Choose your werkplaats from the national list (or give the name of a new one), the hogeschool that leads it and the province. Then you record projects and activities.</translation>
    </message>
    <message>
        <source>Bekijk het &amp;voorbeeld</source>
        <translation>See the e&amp;xample</translation>
    </message>
    <message>
        <source>Open de voorbeelddatabase met de veertien Wmo-werkplaatsen uit &apos;Uit de steigers&apos; om rond te kijken. Uw eigen bestand blijft leeg; met Bestand &gt; Recente bestanden komt u er weer terug.</source>
        <translation>Open the example database with the fourteen Wmo-werkplaatsen from &apos;Uit de steigers&apos; to look around. Your own file stays empty; File &gt; Recent files brings you back to it.</translation>
    </message>
    <message>
        <source>&amp;Nu niet</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Naar het lege Overzicht</source>
        <translation>To the empty Overview</translation>
    </message>
    <message>
        <source>Later instellen kan ook: Bestand &gt; Mijn werkplaats instellen. Maakt u een landelijk overzicht? Kies dan Nu niet en lees de exports van de werkplaatsen in (Bestand &gt; Importeren).</source>
        <translation>You can also set it up later: File &gt; Set up my werkplaats. Making a national overview? Then choose Not now and import the exports of the werkplaatsen (File &gt; Import).</translation>
    </message>
    <message>
        <source>Dit bestand is nieuw en nog leeg: %1</source>
        <translation>This file is new and still empty: %1</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>Jaarrapportage</source>
        <extracomment>the Overzicht&apos;s filter, any years the year shown (the default), and the years with activities</extracomment>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Een PDF met de feiten en cijfers en alle grafieken van het gekozen jaar, en dezelfde cijfers als CSV-bestanden. De filters van het overzicht (werkplaatsen, thema, O, partnertype, uurtarief) gelden ook voor het rapport.</source>
        <translation>A PDF with the facts and figures and all charts of the chosen year, and the same figures as CSV files. The overview&apos;s filters (werkplaatsen, theme, O, partner type, hourly rate) apply to the report too.</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>YearStatusDialog</name>
    <message>
        <source>Jaar afsluiten</source>
        <translation>Close year</translation>
    </message>
    <message>
        <source>Jaar heropenen</source>
        <translation>Reopen year</translation>
    </message>
    <message>
        <source>Werkplaats</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ingediend: aangeleverd bij het landelijk overleg</source>
        <translation>Submitted: delivered to the landelijk overleg</translation>
    </message>
    <message>
        <source>Definitief: vastgesteld</source>
        <translation>Final: settled</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>bijvoorbeeld: correctie van het bereik na de audit</source>
        <translation>for example: reach corrected after the audit</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Een afgesloten jaar is alleen-lezen: activiteiten, producten, bijdragen en subsidies van die werkplaats in dat jaar kunnen niet meer worden gewijzigd, toegevoegd of verwijderd, tot het jaar wordt heropend. De export neemt de status mee naar het landelijk overzicht.</source>
        <translation>A closed year is read-only: that werkplaats&apos;s activities, products, contributions and subsidies of that year can no longer be changed, added or deleted until the year is reopened. The export takes the status along to the national overview.</translation>
    </message>
    <message>
        <source>Heropenen zet het jaar terug op concept, zodat de gegevens weer kunnen worden gewijzigd. Het wordt met de reden vastgelegd in het logboek.</source>
        <translation>Reopening sets the year back to draft, so that its data can be changed again. It is recorded in the log with the reason.</translation>
    </message>
    <message>
        <source>Werkplaats:</source>
        <translation>Werkplaats:</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Nieuwe status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er is nog geen werkplaats.</source>
        <translation>There is no werkplaats yet.</translation>
    </message>
    <message>
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
</context>
</TS>
