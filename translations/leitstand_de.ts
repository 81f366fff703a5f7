<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildNormalizer</name>
    <message>
        <source>a &quot;KEY=VALUE&quot; string</source>
        <translation>ein String der Form „SCHLÜSSEL=WERT“</translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation>eine Liste oder ein Mapping</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <source>Usage: leitstand-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: leitstand-cli BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;leitstand-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>
„leitstand-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ComposeFileLocator</name>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml here or in a parent folder</source>
        <translation>weder hier noch in einem übergeordneten Ordner gibt es compose.yaml, compose.yml, docker-compose.yaml oder docker-compose.yml</translation>
    </message>
</context>
<context>
    <name>ComposeFileReader</name>
    <message>
        <source>the compose file is empty</source>
        <translation>die Compose-Datei ist leer</translation>
    </message>
    <message>
        <source>a compose file must be a mapping at the top level, not %1</source>
        <translation>eine Compose-Datei muss auf oberster Ebene ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping, not %2</source>
        <translation>„%1“ muss ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;include&quot; must be a list, not %1</source>
        <translation>„include“ muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>„%1“ muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot; (extensions must start with &quot;x-&quot;)</source>
        <translation>unbekannter Schlüssel „%1“ auf oberster Ebene (Erweiterungen beginnen mit „x-“)</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; must be a mapping, not %2</source>
        <translation>Dienst „%1“ muss ein Mapping sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>ComposeInputOptions</name>
    <message>
        <source>Compose file (repeatable; later files override).</source>
        <translation>Compose-Datei (mehrfach möglich; spätere Dateien überschreiben frühere).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Project folder (default: the first file&apos;s).</source>
        <translation>Projektordner (Standard: der Ordner der ersten Datei).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Environment file instead of .env (repeatable).</source>
        <translation>Umgebungsdatei statt .env (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Profile to enable (repeatable).</source>
        <translation>Zu aktivierendes Profil (mehrfach möglich).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation>Projektname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>ComposeLoader</name>
    <message>
        <source>the project defines no services (or none under the active profiles)</source>
        <translation>das Projekt definiert keine Dienste (oder keine unter den aktiven Profilen)</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; has neither an image nor a build context</source>
        <translation>Dienst „%1“ hat weder ein Image noch einen Build-Kontext</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; depends on &quot;%2&quot;, which is not defined</source>
        <translation>Dienst „%1“ hängt von „%2“ ab, der nicht definiert ist</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid project name: use lowercase letters, digits, &quot;_&quot; and &quot;-&quot;, starting with a letter or digit</source>
        <translation>%1 „%2“ ist kein gültiger Projektname: erlaubt sind Kleinbuchstaben, Ziffern, „_“ und „-“, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>the project name</source>
        <translation>der Projektname</translation>
    </message>
    <message>
        <source>cannot derive a project name from the folder name; set &quot;name:&quot; or use -p</source>
        <translation>aus dem Ordnernamen lässt sich kein Projektname ableiten; „name:“ setzen oder -p verwenden</translation>
    </message>
    <message>
        <source>env file not found</source>
        <translation>Env-Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Print the resolved compose project (as docker compose config does).</source>
        <translation>Gibt das aufgelöste Compose-Projekt aus (wie docker compose config).</translation>
    </message>
    <message>
        <source>Output format: json or yaml (default).</source>
        <translation>Ausgabeformat: json oder yaml (Standard).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json or yaml)</source>
        <translation>unbekanntes Format „%1“ (json oder yaml)</translation>
    </message>
</context>
<context>
    <name>DeployNormalizer</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1.replicas&quot; must not be negative</source>
        <translation>„%1.replicas“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
</context>
<context>
    <name>DotEnvParser</name>
    <message>
        <source>the quoted value is never closed: %1</source>
        <translation>der Wert in Anführungszeichen wird nie geschlossen: %1</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in variable name &quot;%2&quot;</source>
        <translation>unerwartetes Zeichen „%1“ im Variablennamen „%2“</translation>
    </message>
    <message>
        <source>variable name &quot;%1&quot; contains a space</source>
        <translation>der Variablenname „%1“ enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a variable name before it</source>
        <translation>„%1“ ohne Variablennamen davor</translation>
    </message>
    <message>
        <source>cannot read the env file &quot;%1&quot;: %2</source>
        <translation>die Env-Datei „%1“ lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>EnvFileReader</name>
    <message>
        <source>a path or a mapping with &quot;path&quot;</source>
        <translation>ein Pfad oder ein Mapping mit „path“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a path</source>
        <translation>„%1“ braucht einen Pfad</translation>
    </message>
    <message>
        <source>cannot read the env file: %1</source>
        <translation>die Env-Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: env file &quot;%2&quot; not found</source>
        <translation>„%1“: Env-Datei „%2“ nicht gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown env file format &quot;%2&quot; (dotenv or raw)</source>
        <translation>„%1“: unbekanntes Env-Dateiformat „%2“ (dotenv oder raw)</translation>
    </message>
</context>
<context>
    <name>EnvironmentResolver</name>
    <message>
        <source>a &quot;KEY=VALUE&quot; string</source>
        <translation>ein String der Form „SCHLÜSSEL=WERT“</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation>eine Liste oder ein Mapping</translation>
    </message>
</context>
<context>
    <name>HealthCheckNormalizer</name>
    <message>
        <source>&quot;%1.retries&quot; must not be negative</source>
        <translation>„%1.retries“ darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>HostSettingsNormalizer</name>
    <message>
        <source>&quot;%1&quot;: bad host name &quot;%2&quot;</source>
        <translation>„%1“: ungültiger Hostname „%2“</translation>
    </message>
    <message>
        <source>a &quot;host=address&quot; string</source>
        <translation>ein String der Form „host=adresse“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; lacks the address (host=address)</source>
        <translation>„%1“: „%2“ fehlt die Adresse (host=adresse)</translation>
    </message>
    <message>
        <source>an address or a list of addresses</source>
        <translation>eine Adresse oder eine Liste von Adressen</translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation>eine Liste oder ein Mapping</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a device or a mapping</source>
        <translation>ein Gerät oder ein Mapping</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the device mapping &quot;%2&quot; is ambiguous; use the long syntax</source>
        <translation>„%1“: die Gerätezuordnung „%2“ ist mehrdeutig; die Langform verwenden</translation>
    </message>
</context>
<context>
    <name>IncludeResolver</name>
    <message>
        <source>a path must be a string, not %1</source>
        <translation>ein Pfad muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>expected a path or a list of paths, not %1</source>
        <translation>erwartet wird ein Pfad oder eine Liste von Pfaden, nicht %1</translation>
    </message>
    <message>
        <source>an include entry needs a &quot;path&quot;</source>
        <translation>ein include-Eintrag braucht einen „path“</translation>
    </message>
    <message>
        <source>an include entry must be a path or a mapping, not %1</source>
        <translation>ein include-Eintrag muss ein Pfad oder ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <source>include forms a cycle or nests too deep: %1</source>
        <translation>include bildet einen Zyklus oder ist zu tief verschachtelt: %1</translation>
    </message>
    <message>
        <source>included file not found: %1</source>
        <translation>eingebundene Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined here and in an included file (%3)</source>
        <translation>%1 „%2“ ist hier und in einer eingebundenen Datei definiert (%3)</translation>
    </message>
</context>
<context>
    <name>Interpolator</name>
    <message>
        <source>invalid interpolation in &quot;%1&quot;: %2 (write &quot;$$&quot; for a literal &quot;$&quot;)</source>
        <translation>ungültige Interpolation in „%1“: %2 (für ein wörtliches „$“ „$$“ schreiben)</translation>
    </message>
    <message>
        <source>&quot;${&quot; is not closed</source>
        <translation>„${“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;${&quot; must be followed by a variable name: a letter or &quot;_&quot;, then letters, digits or &quot;_&quot;</source>
        <translation>auf „${“ muss ein Variablenname folgen: ein Buchstabe oder „_“, dann Buchstaben, Ziffern oder „_“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not closed</source>
        <translation>„%1“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;}&quot; or one of :- - :? ? :+ +</source>
        <translation>auf „%1“ muss „}“ oder eines von :- - :? ? :+ + folgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no closing &quot;}&quot; on its line</source>
        <translation>„%1“ hat in seiner Zeile keine schließende „}“</translation>
    </message>
    <message>
        <source>references are nested more than %1 levels deep</source>
        <translation>Verweise sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>required variable &quot;%1&quot; is missing a value</source>
        <translation>der Pflichtvariablen „%1“ fehlt ein Wert</translation>
    </message>
    <message>
        <source>required variable &quot;%1&quot; is missing a value: %2</source>
        <translation>der Pflichtvariablen „%1“ fehlt ein Wert: %2</translation>
    </message>
</context>
<context>
    <name>Leitstand::MainWindow</name>
    <message>
        <source>Leitstand</source>
        <translation>Leitstand</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Compose File…</source>
        <translation>&amp;Compose-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Services</source>
        <translation>Dienste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;About Leitstand</source>
        <translation>&amp;Über Leitstand</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 – Leitstand</source>
        <translation>%1 – Leitstand</translation>
    </message>
    <message>
        <source>Loaded in %1 ms</source>
        <translation>In %1 ms geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s)</source>
        <translation>
            <numerusform>%n Stack</numerusform>
            <numerusform>%n Stacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) failed to load</source>
        <translation>
            <numerusform>%n Stack nicht ladbar</numerusform>
            <numerusform>%n Stacks nicht ladbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Leitstand workspaces (*.json);;All files (*)</source>
        <translation>Leitstand-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Compose Project Folder</source>
        <translation>Ordner eines Compose-Projekts öffnen</translation>
    </message>
    <message>
        <source>Open Compose File</source>
        <translation>Compose-Datei öffnen</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Leitstand</source>
        <translation>Über Leitstand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leitstand %1&lt;/h3&gt;&lt;p&gt;A control center for self-hosted Docker Compose stacks: every host, stack and service of a workspace at a glance, read exactly as Docker Compose reads them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leitstand %1&lt;/h3&gt;&lt;p&gt;Die Schaltzentrale für selbst betriebene Docker-Compose-Stacks: jeder Host, jeder Stack und jeder Dienst eines Arbeitsbereichs auf einen Blick, gelesen genau so, wie Docker Compose sie liest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Leitstand::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceDetailsModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Build context</source>
        <translation>Build-Kontext</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Containername</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Netzwerkmodus</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>(from the shell)</source>
        <translation>(aus der Shell)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>built from %1</source>
        <translation>gebaut aus %1</translation>
    </message>
    <message>
        <source>Container name: %1</source>
        <translation>Containername: %1</translation>
    </message>
    <message>
        <source>Publishes no ports on the host.</source>
        <translation>Veröffentlicht keine Ports auf dem Host.</translation>
    </message>
    <message>
        <source>Starts without waiting for other services.</source>
        <translation>Startet, ohne auf andere Dienste zu warten.</translation>
    </message>
</context>
<context>
    <name>Leitstand::StackDetailsWidget</name>
    <message>
        <source>No stack selected</source>
        <translation>Kein Stack ausgewählt</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>Dienste filtern</translation>
    </message>
    <message>
        <source>Select a stack or a service in the sidebar to see its services.</source>
        <translation>Wählen Sie in der Seitenleiste einen Stack oder Dienst aus, um seine Dienste zu sehen.</translation>
    </message>
    <message>
        <source>This stack could not be loaded</source>
        <translation>Dieser Stack konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Fix the file, then reload the workspace with View › Reload (F5).</source>
        <translation>Korrigieren Sie die Datei und laden Sie den Arbeitsbereich dann mit Ansicht › Neu laden (F5) neu.</translation>
    </message>
    <message>
        <source>Filter services (%1)</source>
        <translation>Dienste filtern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 on %2 · %n service(s) · %3</source>
        <translation>
            <numerusform>Projekt %1 auf %2 · %n Dienst · %3</numerusform>
            <numerusform>Projekt %1 auf %2 · %n Dienste · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>Leitstand::WorkspaceTreeModel</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Could not be loaded:
%1</source>
        <translation>Konnte nicht geladen werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n service(s)</source>
        <translation>
            <numerusform>%1
%n Dienst</numerusform>
            <numerusform>%1
%n Dienste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeConverter</name>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a &quot;KEY=VALUE&quot; string</source>
        <translation>ein String der Form „SCHLÜSSEL=WERT“</translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation>eine Liste oder ein Mapping</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
</context>
<context>
    <name>ObjectNormalizer</name>
    <message>
        <source>a string or a list</source>
        <translation>ein String oder eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cannot split &quot;%2&quot; into words (unbalanced quotes, or a parenthesis outside &quot;$(...)&quot;); write it as a list</source>
        <translation>„%1“: „%2“ lässt sich nicht in Wörter zerlegen (unausgeglichene Anführungszeichen oder eine Klammer außerhalb von „$(...)“); als Liste schreiben</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot;</source>
        <translation>unbekanntes Attribut „%1“</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
</context>
<context>
    <name>PortSpecParser</name>
    <message>
        <source>&quot;%1&quot;: invalid port &quot;%2&quot;: %3</source>
        <translation>„%1“: ungültiger Port „%2“: %3</translation>
    </message>
    <message>
        <source>the host address &quot;%1&quot; lacks its closing &quot;]&quot;</source>
        <translation>der Host-Adresse „%1“ fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>no container port</source>
        <translation>kein Container-Port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or port range (0-65535)</source>
        <translation>„%1“ ist kein Port und kein Portbereich (0–65535)</translation>
    </message>
    <message>
        <source>the host range %1 and the container range %2 differ in length</source>
        <translation>Host-Bereich %1 und Container-Bereich %2 sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (tcp, udp or sctp)</source>
        <translation>unbekanntes Protokoll „%1“ (tcp, udp oder sctp)</translation>
    </message>
    <message>
        <source>a port or port range</source>
        <translation>ein Port oder Portbereich</translation>
    </message>
    <message>
        <source>&quot;%1.target&quot; must be a port between 0 and 65535</source>
        <translation>„%1.target“ muss ein Port zwischen 0 und 65535 sein</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a port specification or a mapping</source>
        <translation>eine Portangabe oder ein Mapping</translation>
    </message>
</context>
<context>
    <name>ProjectNormalizer</name>
    <message>
        <source>a compose file must be a mapping at the top level, not %1</source>
        <translation>eine Compose-Datei muss auf oberster Ebene ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
</context>
<context>
    <name>ServiceExtender</name>
    <message>
        <source>service &quot;%1&quot; is not defined</source>
        <translation>Dienst „%1“ ist nicht definiert</translation>
    </message>
    <message>
        <source>extends forms a cycle: %1</source>
        <translation>extends bildet einen Zyklus: %1</translation>
    </message>
    <message>
        <source>extends needs a &quot;service&quot;</source>
        <translation>extends braucht einen „service“</translation>
    </message>
    <message>
        <source>extends must be a service name or a mapping, not %1</source>
        <translation>extends muss ein Dienstname oder ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; extends &quot;%2&quot;, which is not defined in %3</source>
        <translation>Dienst „%1“ erweitert „%2“, der in %3 nicht definiert ist</translation>
    </message>
</context>
<context>
    <name>ServiceFormatter</name>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, optional</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>image&apos;s probe</source>
        <translation>Prüfung des Images</translation>
    </message>
    <message>
        <source>%1 · every %2</source>
        <translation>%1 · alle %2</translation>
    </message>
    <message>
        <source>No health check: dependents can only wait for the container to start.</source>
        <translation>Kein Healthcheck: abhängige Dienste können nur auf den Start des Containers warten.</translation>
    </message>
    <message>
        <source>The image&apos;s health check is disabled.</source>
        <translation>Der Healthcheck des Images ist abgeschaltet.</translation>
    </message>
    <message>
        <source>The image&apos;s probe</source>
        <translation>Die Prüfung des Images</translation>
    </message>
    <message>
        <source>Interval: %1</source>
        <translation>Intervall: %1</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message>
        <source>Retries: %1</source>
        <translation>Wiederholungen: %1</translation>
    </message>
    <message>
        <source>Start period: %1</source>
        <translation>Anlaufzeit: %1</translation>
    </message>
</context>
<context>
    <name>ServiceNormalizer</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; refers to undefined volume &quot;%2&quot;; declare it under the top-level &quot;volumes&quot;</source>
        <translation>Dienst „%1“ verweist auf das nicht definierte Volume „%2“; es unter „volumes“ auf oberster Ebene deklarieren</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; sets scale and deploy.replicas to different values</source>
        <translation>Dienst „%1“ setzt scale und deploy.replicas auf verschiedene Werte</translation>
    </message>
</context>
<context>
    <name>ServiceReferenceNormalizer</name>
    <message>
        <source>service &quot;%1&quot; refers to undefined %2 &quot;%3&quot;; declare it under the top-level &quot;%4&quot;</source>
        <translation>Dienst „%1“ verweist auf nicht definiertes %2 „%3“; es unter „%4“ auf oberster Ebene deklarieren</translation>
    </message>
    <message>
        <source>a mapping with a &quot;condition&quot;</source>
        <translation>ein Mapping mit „condition“</translation>
    </message>
    <message>
        <source>&quot;%1.condition&quot; must be service_started, service_healthy or service_completed_successfully, not &quot;%2&quot;</source>
        <translation>„%1.condition“ muss service_started, service_healthy oder service_completed_successfully sein, nicht „%2“</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; sets both network_mode and networks, which exclude each other</source>
        <translation>Dienst „%1“ setzt sowohl network_mode als auch networks, die einander ausschließen</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>a network name</source>
        <translation>ein Netzwerkname</translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation>eine Liste oder ein Mapping</translation>
    </message>
    <message>
        <source>a service name</source>
        <translation>ein Dienstname</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an entry needs a &quot;source&quot;</source>
        <translation>„%1“: ein Eintrag braucht eine „source“</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>config</source>
        <translation>Config</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Control center for self-hosted Docker Compose stacks.</source>
        <translation>Schaltzentrale für selbst betriebene Docker-Compose-Stacks.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (default: the built-in demo).</source>
        <translation>Öffnet den Arbeitsbereich DATEI (Standard: die eingebaute Demo).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use LANGUAGE (de or en) instead of the system language.</source>
        <translation>Verwendet SPRACHE (de oder en) statt der Systemsprache.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Compose files or project folders to open.</source>
        <translation>Zu öffnende Compose-Dateien oder Projektordner.</translation>
    </message>
    <message>
        <source>[paths...]</source>
        <translation>[Pfade...]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannte Sprache „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <source>Give either --workspace or compose paths, not both.</source>
        <translation>Entweder --workspace oder Compose-Pfade angeben, nicht beides.</translation>
    </message>
</context>
<context>
    <name>TopLevelNormalizer</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sets name and external.name differently; keep only name</source>
        <translation>„%1“ setzt name und external.name unterschiedlich; nur name behalten</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
</context>
<context>
    <name>ValueConverter</name>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not &quot;%3&quot;</source>
        <translation>„%1“ muss %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a size such as &quot;512m&quot; or &quot;1g&quot;</source>
        <translation>eine Größe wie „512m“ oder „1g“</translation>
    </message>
    <message>
        <source>a duration such as &quot;30s&quot; or &quot;1m30s&quot;</source>
        <translation>eine Dauer wie „30s“ oder „1m30s“</translation>
    </message>
    <message>
        <source>a file mode such as 0440</source>
        <translation>ein Dateimodus wie 0440</translation>
    </message>
</context>
<context>
    <name>VolumeSpecParser</name>
    <message>
        <source>&quot;%1&quot;: invalid volume &quot;%2&quot;: %3</source>
        <translation>„%1“: ungültiges Volume „%2“: %3</translation>
    </message>
    <message>
        <source>the specification is empty</source>
        <translation>die Angabe ist leer</translation>
    </message>
    <message>
        <source>an empty section between colons</source>
        <translation>ein leerer Abschnitt zwischen Doppelpunkten</translation>
    </message>
    <message>
        <source>too many colons</source>
        <translation>zu viele Doppelpunkte</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a volume in the long form needs a &quot;type&quot;</source>
        <translation>„%1“: ein Volume in Langform braucht einen „type“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a bind mount needs a &quot;source&quot;</source>
        <translation>„%1“: ein Bind-Mount braucht eine „source“</translation>
    </message>
    <message>
        <source>a volume specification or a mapping</source>
        <translation>eine Volume-Angabe oder ein Mapping</translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Opened projects</source>
        <translation>Geöffnete Projekte</translation>
    </message>
</context>
<context>
    <name>WorkspaceReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: missing, expected %2</source>
        <translation>%1: fehlt, erwartet wird %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet wird %1, gefunden wurde %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden wurde %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid compose project name: use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>„%1“ ist kein gültiger Compose-Projektname: erlaubt sind Kleinbuchstaben, Ziffern, „_“ und „-“, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>expected the path of a compose file, found %1</source>
        <translation>erwartet wird der Pfad einer Compose-Datei, gefunden wurde %1</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; already has a stack named &quot;%2&quot; (%3)</source>
        <translation>Host „%1“ hat bereits einen Stack namens „%2“ (%3)</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>dies ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read the workspace file: %1</source>
        <translation>die Arbeitsbereichsdatei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a workspace must be a JSON object, found %1</source>
        <translation>ein Arbeitsbereich muss ein JSON-Objekt sein, gefunden wurde %1</translation>
    </message>
    <message>
        <source>there is already a host named &quot;%1&quot; (%2)</source>
        <translation>es gibt bereits einen Host namens „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is %1 MiB; compose files over %2 MiB are refused</source>
        <translation>die Datei ist %1 MiB groß; Compose-Dateien über %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the text is larger than %1 MiB</source>
        <translation>der Text ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not a text file: byte 0x%1 is not valid UTF-8 text</source>
        <translation>keine Textdatei: Byte 0x%1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>YamlTreeBuilder</name>
    <message>
        <source>the document expands to more than %1 nodes (an alias bomb?)</source>
        <translation>das Dokument wächst beim Auflösen auf mehr als %1 Knoten (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>the document expands to more than %1 MiB of text (an alias bomb?)</source>
        <translation>das Dokument wächst beim Auflösen auf mehr als %1 MiB Text (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>a compose file holds one YAML document; this is a second one</source>
        <translation>eine Compose-Datei enthält genau ein YAML-Dokument; dies ist ein zweites</translation>
    </message>
    <message>
        <source>alias to an anchor that is not defined</source>
        <translation>Alias auf einen Anker, der nicht definiert ist</translation>
    </message>
    <message>
        <source>mapping key without a value</source>
        <translation>Mapping-Schlüssel ohne Wert</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not %1</source>
        <translation>ein Mapping-Schlüssel muss ein einfacher Wert sein, nicht %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first defined at line %2, column %3)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst definiert in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes mappings, not %1</source>
        <translation>ein Merge-Key (&lt;&lt;) nimmt Mappings auf, nicht %1</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings, not %1</source>
        <translation>ein Merge-Key (&lt;&lt;) nimmt ein Mapping oder eine Liste von Mappings auf, nicht %1</translation>
    </message>
</context>
</TS>
