<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>runs privileged: the container gets every capability and all devices of the host</source>
        <translation>läuft privilegiert: der Container erhält alle Capabilities und alle Geräte des Hosts</translation>
    </message>
    <message>
        <source>uses the host&apos;s network (network_mode: host): every port it opens is open on the host</source>
        <translation>nutzt das Netzwerk des Hosts (network_mode: host): jeder Port, den er öffnet, ist auf dem Host offen</translation>
    </message>
    <message>
        <source>shares the host&apos;s process namespace (pid: host): it sees and can signal every process</source>
        <translation>teilt den Prozess-Namespace des Hosts (pid: host): er sieht jeden Prozess und kann ihm Signale senden</translation>
    </message>
    <message>
        <source>shares the host&apos;s IPC namespace (ipc: host)</source>
        <translation>teilt den IPC-Namespace des Hosts (ipc: host)</translation>
    </message>
    <message>
        <source>adds the capabilities %1 (cap_add)</source>
        <translation>fügt die Capabilities %1 hinzu (cap_add)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>mounts the Docker socket %1 (%2): whoever controls the container controls the host</source>
        <translation>bindet den Docker-Socket %1 ein (%2): wer den Container kontrolliert, kontrolliert den Host</translation>
    </message>
    <message>
        <source>mounts the host&apos;s root folder / at %1 (%2)</source>
        <translation>bindet den Wurzelordner / des Hosts unter %1 ein (%2)</translation>
    </message>
    <message>
        <source>mounts the host folder %1 at %2 (%3)</source>
        <translation>bindet den Host-Ordner %1 unter %2 ein (%3)</translation>
    </message>
    <message>
        <source>%1 becomes reachable on the public address %2</source>
        <translation>%1 wird unter der öffentlichen Adresse %2 erreichbar</translation>
    </message>
    <message>
        <source>publishes container port %1 on the public address %2</source>
        <translation>veröffentlicht den Container-Port %1 auf der öffentlichen Adresse %2</translation>
    </message>
    <message>
        <source>writes the secret %1 into the compose file; keep it in .env and write ${%1}</source>
        <translation>schreibt das Secret %1 in die Compose-Datei; es in .env ablegen und ${%1} schreiben</translation>
    </message>
    <message>
        <source>the volume &quot;%1&quot; is backed by the host folder %2 (driver_opts o: bind)</source>
        <translation>das Volume „%1“ liegt im Host-Ordner %2 (driver_opts o: bind)</translation>
    </message>
</context>
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
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (%2)</source>
        <translation>unbekanntes Format „%1“ (%2)</translation>
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
        <source>unknown format &quot;%1&quot; (json or yaml)</source>
        <translation>unbekanntes Format „%1“ (json oder yaml)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>access to the keychain was denied</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access (%1)</source>
        <translation>der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as gnome-keyring on the session D-Bus)</source>
        <translation>kein Schlüsselbund verfügbar (unter Linux: ein Secret Service wie gnome-keyring auf dem Session-D-Bus)</translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>the keychain needs an application object</source>
        <translation>der Schlüsselbund braucht ein Anwendungsobjekt</translation>
    </message>
    <message>
        <source>a keychain entry needs a key</source>
        <translation>ein Schlüsselbund-Eintrag braucht einen Schlüssel</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it locked and waiting for its password?)</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf sein Passwort?)</translation>
    </message>
    <message>
        <source>the keychain is locked; unlock it (for example by logging in to the desktop) and try again</source>
        <translation>der Schlüsselbund ist gesperrt; ihn entsperren (zum Beispiel durch Anmelden am Desktop) und es erneut versuchen</translation>
    </message>
    <message>
        <source>the keychain holds no entry &quot;%1&quot;</source>
        <translation>der Schlüsselbund enthält keinen Eintrag „%1“</translation>
    </message>
</context>
<context>
    <name>DependencyAnalysis</name>
    <message>
        <source>dependency cycle: %1; none of these services can start</source>
        <translation>Abhängigkeitszyklus: %1; keiner dieser Dienste kann starten</translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which the active profiles disable, so compose refuses to start this service (enable &quot;%1&quot; with profile %2)</source>
        <translation>hängt von „%1“ ab, den die aktiven Profile abschalten, daher verweigert Compose den Start dieses Dienstes („%1“ mit dem Profil %2 aktivieren)</translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot; (not required), which the active profiles disable; this service starts without it (enable &quot;%1&quot; with profile %2)</source>
        <translation>hängt von „%1“ ab (nicht erforderlich), den die aktiven Profile abschalten; dieser Dienst startet ohne ihn („%1“ mit dem Profil %2 aktivieren)</translation>
    </message>
    <message>
        <source>waits only until &quot;%1&quot; has started, although &quot;%1&quot; has a health check; use condition: service_healthy</source>
        <translation>wartet nur, bis „%1“ gestartet ist, obwohl „%1“ einen Healthcheck hat; condition: service_healthy verwenden</translation>
    </message>
    <message>
        <source>depends_on &quot;%1&quot; is already implied through &quot;%2&quot; (%3 → %4)</source>
        <translation>depends_on „%1“ ergibt sich bereits über „%2“ (%3 → %4)</translation>
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
    <name>DotLayoutParser</name>
    <message>
        <source>Graphviz answered with unreadable JSON: %1</source>
        <translation>Graphviz hat mit unlesbarem JSON geantwortet: %1</translation>
    </message>
    <message>
        <source>Graphviz answered without a bounding box.</source>
        <translation>Graphviz hat ohne Begrenzungsrahmen (bounding box) geantwortet.</translation>
    </message>
    <message>
        <source>Graphviz gave no position for %1.</source>
        <translation>Graphviz hat keine Position für %1 geliefert.</translation>
    </message>
    <message>
        <source>Graphviz left %1 out of the layout.</source>
        <translation>Graphviz hat %1 im Layout ausgelassen.</translation>
    </message>
</context>
<context>
    <name>DrawingLayout</name>
    <message>
        <source>disabled, profiles: %1</source>
        <translation>abgeschaltet, Profile: %1</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>nutzt</translation>
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
    <name>GraphCommand</name>
    <message>
        <source>Print the topology of the project: dependencies, zones, routes (json, dot, mermaid).</source>
        <translation>Gibt die Topologie des Projekts aus: Abhängigkeiten, Zonen, Routen (json, dot, mermaid).</translation>
    </message>
    <message>
        <source>Output format: json (default), dot or mermaid.</source>
        <translation>Ausgabeformat: json (Standard), dot oder mermaid.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
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
    <name>HostKey</name>
    <message>
        <source>the host key is too short to be an SSH key</source>
        <translation>der Host-Key ist zu kurz für einen SSH-Schlüssel</translation>
    </message>
    <message>
        <source>the host key is not in SSH format</source>
        <translation>der Host-Key ist nicht im SSH-Format</translation>
    </message>
    <message>
        <source>expected &quot;TYPE BASE64-KEY&quot;, as in a .pub file</source>
        <translation>erwartet wird „TYP BASE64-SCHLÜSSEL“, wie in einer .pub-Datei</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>der Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the key says it is %1 but is labelled %2</source>
        <translation>der Schlüssel gibt sich als %1 aus, ist aber als %2 gekennzeichnet</translation>
    </message>
</context>
<context>
    <name>HostMountAdvisor</name>
    <message>
        <source>a hostPath volume, which only suits a node agent: run it as a DaemonSet, or drop the mount if the service does not need the host&apos;s %1</source>
        <translation>ein hostPath-Volume, das nur zu einem Node-Agent passt: den Dienst als DaemonSet betreiben oder den Mount weglassen, wenn er %1 des Hosts nicht braucht</translation>
    </message>
    <message>
        <source>a Secret: kubectl create secret generic %1 --from-file=%2=%3</source>
        <translation>ein Secret: kubectl create secret generic %1 --from-file=%2=%3</translation>
    </message>
    <message>
        <source>a ConfigMap: kubectl create configmap %1 --from-file=%2=%3</source>
        <translation>eine ConfigMap: kubectl create configmap %1 --from-file=%2=%3</translation>
    </message>
    <message>
        <source>a ConfigMap with one key per file: kubectl create configmap %1 --from-file=%2</source>
        <translation>eine ConfigMap mit einem Schlüssel pro Datei: kubectl create configmap %1 --from-file=%2</translation>
    </message>
    <message>
        <source>a PersistentVolumeClaim &quot;%1&quot; mounted at %2 (the file&apos;s folder), with %3 copied into it</source>
        <translation>einen PersistentVolumeClaim „%1“, eingebunden unter %2 (dem Ordner der Datei), in den %3 kopiert wird</translation>
    </message>
    <message>
        <source>a PersistentVolumeClaim &quot;%1&quot; with the contents of %2 copied into it</source>
        <translation>einen PersistentVolumeClaim „%1“, in den der Inhalt von %2 kopiert wird</translation>
    </message>
</context>
<context>
    <name>HostOptions</name>
    <message>
        <source>Private key file to authenticate with.</source>
        <translation>Private Schlüsseldatei für die Anmeldung.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>known_hosts file to trust host keys from (default: ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei, deren Host-Keys vertraut wird (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Record the key of a host seen for the first time (a changed key is always refused).</source>
        <translation>Speichert den Schlüssel eines zum ersten Mal gesehenen Hosts (ein geänderter Schlüssel wird immer abgelehnt).</translation>
    </message>
    <message>
        <source>Folder of Leitstand&apos;s host list (default: %1).</source>
        <translation>Ordner der Host-Liste von Leitstand (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
</context>
<context>
    <name>HostRegistry</name>
    <message>
        <source>expected a string</source>
        <translation>erwartet wird ein String</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wird ein Array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>„%1“ ist kein gültiger Hostname: erlaubt sind bis zu 64 Buchstaben, Ziffern, „.“, „_“ und „-“, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;: %2</source>
        <translation>Host „%1“: %2</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;: &quot;%2&quot; is not a compose project name (lowercase letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>Host „%1“: „%2“ ist kein Compose-Projektname (Kleinbuchstaben, Ziffern, „_“ und „-“)</translation>
    </message>
    <message>
        <source>host &quot;%1&quot;: stack &quot;%2&quot; needs the absolute path of its folder on the host</source>
        <translation>Host „%1“: Stack „%2“ braucht den absoluten Pfad seines Ordners auf dem Host</translation>
    </message>
    <message>
        <source>cannot read the host list: %1</source>
        <translation>die Host-Liste lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the host list is too large to be one</source>
        <translation>die Datei ist zu groß für eine Host-Liste</translation>
    </message>
    <message>
        <source>the host list is not valid JSON: %1</source>
        <translation>die Host-Liste ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the host list must be an object with a &quot;hosts&quot; array</source>
        <translation>die Host-Liste muss ein Objekt mit einem Array „hosts“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>cannot write the host list: %1</source>
        <translation>die Host-Liste lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the host list is locked by another process</source>
        <translation>die Host-Liste ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>there is already a host named &quot;%1&quot;</source>
        <translation>es gibt bereits einen Host namens „%1“</translation>
    </message>
    <message>
        <source>there is no host named &quot;%1&quot;</source>
        <translation>es gibt keinen Host namens „%1“</translation>
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
    <name>HostTarget</name>
    <message>
        <source>the target holds a password; targets never hold secrets, store the password in the keychain instead</source>
        <translation>das Ziel enthält ein Passwort; Ziele enthalten nie Geheimnisse, das Passwort stattdessen im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation>„%1“ ist kein gültiger Benutzername</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>the target names no host</source>
        <translation>das Ziel nennt keinen Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address</source>
        <translation>„%1“ ist weder ein gültiger Hostname noch eine gültige Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address lacks its closing ]</source>
        <translation>„%1“: der IPv6-Adresse fehlt die schließende ]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the IPv6 address</source>
        <translation>unerwartetes „%1“ nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>write IPv6 addresses in brackets: ssh://[%1]</source>
        <translation>IPv6-Adressen in eckigen Klammern schreiben: ssh://[%1]</translation>
    </message>
    <message>
        <source>the target has an @ but no user before it</source>
        <translation>das Ziel enthält ein @, aber keinen Benutzer davor</translation>
    </message>
    <message>
        <source>the target is empty</source>
        <translation>das Ziel ist leer</translation>
    </message>
    <message>
        <source>the target must not contain spaces or control characters</source>
        <translation>das Ziel darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>an ssh:// target has no path, query or fragment</source>
        <translation>ein ssh://-Ziel hat keinen Pfad, keine Query und kein Fragment</translation>
    </message>
    <message>
        <source>only ssh:// targets are supported</source>
        <translation>nur ssh://-Ziele werden unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a port as ssh://%2 (host:port cannot be told apart from an IPv6 address)</source>
        <translation>„%1“: einen Port als ssh://%2 angeben (host:port lässt sich nicht von einer IPv6-Adresse unterscheiden)</translation>
    </message>
</context>
<context>
    <name>HostTestCommand</name>
    <message>
        <source>Log in to a host and report the server version, the login method and whether docker answers.</source>
        <translation>Meldet sich an einem Host an und berichtet die Serverversion, die Anmeldemethode und ob docker antwortet.</translation>
    </message>
    <message>
        <source>NAME|TARGET [--format text|json]</source>
        <translation>NAME|ZIEL [--format text|json]</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>usage: leitstand-cli hosts test %1</source>
        <translation>Aufruf: leitstand-cli hosts test %1</translation>
    </message>
    <message>
        <source>host:           %1 (%2)</source>
        <translation>Host:           %1 (%2)</translation>
    </message>
    <message>
        <source>server version: %1</source>
        <translation>Serverversion:  %1</translation>
    </message>
    <message>
        <source>host key:       %1 %2%3</source>
        <translation>Host-Key:       %1 %2%3</translation>
    </message>
    <message>
        <source> (new, recorded in %1)</source>
        <translation> (neu, gespeichert in %1)</translation>
    </message>
    <message>
        <source>authentication: %1</source>
        <translation>Anmeldung:      %1</translation>
    </message>
    <message>
        <source>docker:         present (client %1, server %2)</source>
        <translation>docker:         vorhanden (Client %1, Server %2)</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>docker:         not available (%1)</source>
        <translation>docker:         nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>  known host key:   %1</source>
        <translation>  bekannter Host-Key:   %1</translation>
    </message>
    <message>
        <source>  offered host key: %1 %2</source>
        <translation>  angebotener Host-Key: %1 %2</translation>
    </message>
    <message>
        <source>  if it is the host&apos;s key, run again with --accept-new-host-key to record it</source>
        <translation>  wenn es der Schlüssel des Hosts ist, erneut mit --accept-new-host-key ausführen, um ihn zu speichern</translation>
    </message>
    <message>
        <source>docker is not installed</source>
        <translation>docker ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>HostsCommand</name>
    <message>
        <source>List the hosts of the workspace.</source>
        <translation>Listet die Hosts des Arbeitsbereichs auf.</translation>
    </message>
    <message>
        <source>NAME TARGET [--sudo]</source>
        <translation>NAME ZIEL [--sudo]</translation>
    </message>
    <message>
        <source>Add a host; TARGET is ssh://user@host:port, an ~/.ssh/config alias or a Tailscale name or address.</source>
        <translation>Fügt einen Host hinzu; ZIEL ist ssh://benutzer@host:port, ein Alias aus ~/.ssh/config oder ein Tailscale-Name bzw. eine Tailscale-Adresse.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Remove a host from the workspace.</source>
        <translation>Entfernt einen Host aus dem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>List, add and remove the hosts of the workspace.</source>
        <translation>Listet, ergänzt und entfernt die Hosts des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Usage: leitstand-cli hosts SUBCOMMAND [OPTIONS]

Subcommands:
</source>
        <translation>Aufruf: leitstand-cli hosts UNTERBEFEHL [OPTIONEN]

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
Every subcommand takes --identity FILE, --known-hosts FILE, --accept-new-host-key and --config-dir DIR.
</source>
        <translation>
Jeder Unterbefehl akzeptiert --identity DATEI, --known-hosts DATEI, --accept-new-host-key und --config-dir ORDNER.
</translation>
    </message>
    <message>
        <source>hosts needs a subcommand</source>
        <translation>hosts braucht einen Unterbefehl</translation>
    </message>
    <message>
        <source>unknown hosts subcommand &quot;%1&quot;</source>
        <translation>unbekannter hosts-Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>usage: leitstand-cli %1 %2</source>
        <translation>Aufruf: leitstand-cli %1 %2</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table or json)</source>
        <translation>unbekanntes Format „%1“ (table oder json)</translation>
    </message>
    <message>
        <source>no hosts yet; add one with: leitstand-cli hosts add NAME TARGET</source>
        <translation>noch keine Hosts; einen hinzufügen mit: leitstand-cli hosts add NAME ZIEL</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>(sudo)</source>
        <translation>(sudo)</translation>
    </message>
    <message>
        <source>Run docker on this host through sudo -n.</source>
        <translation>Führt docker auf diesem Host über sudo -n aus.</translation>
    </message>
    <message>
        <source>NAME TARGET</source>
        <translation>NAME ZIEL</translation>
    </message>
    <message>
        <source>there is already a host named &quot;%1&quot; (%2)</source>
        <translation>es gibt bereits einen Host namens „%1“ (%2)</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>there is no host named &quot;%1&quot;</source>
        <translation>es gibt keinen Host namens „%1“</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
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
    <name>KnownHostsStore</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is too large to be a known_hosts file</source>
        <translation>%1 ist zu groß für eine known_hosts-Datei</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>the %1 key of %2 is marked @revoked in %3 and is never trusted</source>
        <translation>der %1-Schlüssel von %2 ist in %3 als @revoked markiert; ihm wird nie vertraut</translation>
    </message>
    <message>
        <source>recorded in %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <source>a different %1 key of %2 is recorded in %3</source>
        <translation>in %3 ist ein anderer %1-Schlüssel von %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 has keys of other types recorded, none of type %2</source>
        <translation>für %1 sind Schlüssel anderer Typen gespeichert, keiner vom Typ %2</translation>
    </message>
    <message>
        <source>no key of %1 is recorded in %2</source>
        <translation>in %2 ist kein Schlüssel von %1 gespeichert</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1 is locked by another process</source>
        <translation>%1 ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>KubernetesCommand</name>
    <message>
        <source>Write the project as Kubernetes manifests.</source>
        <translation>Schreibt das Projekt als Kubernetes-Manifeste.</translation>
    </message>
    <message>
        <source>Folder to write the manifests to.</source>
        <translation>Ordner, in den die Manifeste geschrieben werden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>wrote %1 objects in %2 namespaces to %3</source>
        <translation>%1 Objekte in %2 Namespaces nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>Leitstand::DotLayoutRunner</name>
    <message>
        <source>Graphviz (dot) is not installed.</source>
        <translation>Graphviz (dot) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Graphviz (dot) stopped with exit code %1.</source>
        <translation>Graphviz (dot) wurde mit Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <source>Graphviz (dot) failed: %1</source>
        <translation>Graphviz (dot) ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Graphviz (dot) could not be started from %1.</source>
        <translation>Graphviz (dot) konnte nicht aus %1 gestartet werden.</translation>
    </message>
    <message>
        <source>Graphviz (dot) took longer than %1 s and was stopped.</source>
        <translation>Graphviz (dot) brauchte länger als %1 s und wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Leitstand::EditedFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is part of the application and cannot be changed; use Save as</source>
        <translation>die Datei gehört zur Anwendung und lässt sich nicht ändern; „Speichern unter“ verwenden</translation>
    </message>
</context>
<context>
    <name>Leitstand::EnvFileModel</name>
    <message>
        <source>A secret: reveal it to read it (Ctrl+R), or edit it directly</source>
        <translation>Ein vertraulicher Wert: zum Lesen anzeigen (Ctrl+R) oder direkt bearbeiten</translation>
    </message>
    <message>
        <source>This value spans several lines: edit it in the text of the file</source>
        <translation>Dieser Wert erstreckt sich über mehrere Zeilen: im Text der Datei bearbeiten</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Leitstand::JobListModel</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>Leitstand::JobsPanel</name>
    <message>
        <source>No jobs in this session yet. Backups, restores, drills and deploys report their progress here.</source>
        <translation>In dieser Sitzung gibt es noch keine Jobs. Backups, Restores, DR-Übungen und Deployments melden hier ihren Fortschritt.</translation>
    </message>
</context>
<context>
    <name>Leitstand::LogModel</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Leitstand::LogPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Copy the selected messages, or all of them when none is selected</source>
        <translation>Kopiert die ausgewählten Meldungen oder alle, wenn keine ausgewählt ist</translation>
    </message>
    <message>
        <source>Remove every message from the log</source>
        <translation>Entfernt alle Meldungen aus dem Log</translation>
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
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
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
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Service Details</source>
        <translation>Dienstdetails</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Open a folder with a compose project</source>
        <translation>Einen Ordner mit einem Compose-Projekt öffnen</translation>
    </message>
    <message>
        <source>Open one or more compose files</source>
        <translation>Eine oder mehrere Compose-Dateien öffnen</translation>
    </message>
    <message>
        <source>&amp;Find Service…</source>
        <translation>Dienst &amp;suchen…</translation>
    </message>
    <message>
        <source>Read every compose file again</source>
        <translation>Alle Compose-Dateien neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Go to &amp;Sidebar</source>
        <translation>Zur Seiten&amp;leiste</translation>
    </message>
    <message>
        <source>Show S&amp;idebar</source>
        <translation>Seitenleiste &amp;einblenden</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 in %2 ms: %n stack(s)</source>
        <translation>
            <numerusform>%1 in %2 ms geladen: %n Stack</numerusform>
            <numerusform>%1 in %2 ms geladen: %n Stacks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 could not be loaded: %3</source>
        <translation>%1 / %2 konnte nicht geladen werden: %3</translation>
    </message>
    <message>
        <source>%1 (the editor tab is not available yet)</source>
        <translation>%1 (der Editor-Tab ist noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The editor has changes that are not saved. Quit anyway and lose them?</source>
        <translation>Im Editor gibt es ungespeicherte Änderungen. Trotzdem beenden und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Nothing to select at %1.</source>
        <translation>Unter %1 gibt es nichts auszuwählen.</translation>
    </message>
    <message>
        <source>No tab &quot;%1&quot;; the tabs are: %2.</source>
        <translation>Kein Tab „%1“; vorhanden sind: %2.</translation>
    </message>
</context>
<context>
    <name>Leitstand::NamespaceGroupingModel</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace / service</source>
        <translation>Namespace / Dienst</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
</context>
<context>
    <name>Leitstand::PortMatrixModel</name>
    <message>
        <source>Host address</source>
        <translation>Host-Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Suggested port</source>
        <translation>Vorgeschlagener Port</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>Tailnet</source>
        <translation>Tailnet</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Privates Netzwerk</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <source>none free</source>
        <translation>keiner frei</translation>
    </message>
    <message>
        <source>Port %1/%2 is also published by %3: only one of them can start.</source>
        <translation>Port %1/%2 wird auch von %3 veröffentlicht: nur einer davon kann starten.</translation>
    </message>
    <message>
        <source>%1 is an admin UI and answers on every address of the host; publish it on 127.0.0.1 or the tailnet address.</source>
        <translation>%1 ist eine Admin-Oberfläche und antwortet auf jeder Adresse des Hosts; auf 127.0.0.1 oder der Tailnet-Adresse veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 belongs in %2 (%3–%4); %5 is free there.</source>
        <translation>%1 gehört in %2 (%3–%4); dort ist %5 frei.</translation>
    </message>
    <message>
        <source>%1 belongs in %2 (%3–%4), but no port is free there.</source>
        <translation>%1 gehört in %2 (%3–%4), dort ist aber kein Port frei.</translation>
    </message>
    <message>
        <source>Every address of the host (0.0.0.0 and ::).</source>
        <translation>Jede Adresse des Hosts (0.0.0.0 und ::).</translation>
    </message>
    <message>
        <source>Not published on the host: reachable from the stack&apos;s networks only.</source>
        <translation>Nicht auf dem Host veröffentlicht: nur aus den Netzwerken des Stacks erreichbar.</translation>
    </message>
</context>
<context>
    <name>Leitstand::PortsView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>default scheme (seed 004)</source>
        <translation>Standardschema (Seed 004)</translation>
    </message>
    <message>
        <source>Filter by service, address or port</source>
        <translation>Nach Dienst, Adresse oder Port filtern</translation>
    </message>
    <message>
        <source>All exposures</source>
        <translation>Alle Erreichbarkeiten</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write migration override…</source>
        <translation>Migrations-Override schreiben…</translation>
    </message>
    <message>
        <source>Port scheme…</source>
        <translation>Port-Schema…</translation>
    </message>
    <message>
        <source>Check the ports against a port scheme file of your own</source>
        <translation>Die Ports gegen eine eigene Port-Schema-Datei prüfen</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Every published port is within the port scheme.</source>
        <translation>Jeder veröffentlichte Port liegt im Port-Schema.</translation>
    </message>
    <message>
        <source>Saves the moves to the scheme&apos;s ports as a compose override file.</source>
        <translation>Speichert die Umstellungen auf die Ports des Schemas als Compose-Override-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n Bindung</numerusform>
            <numerusform>%n Bindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) outside the scheme</source>
        <translation>
            <numerusform>%n Port außerhalb des Schemas</numerusform>
            <numerusform>%n Ports außerhalb des Schemas</numerusform>
        </translation>
    </message>
    <message>
        <source>No stack is shown.</source>
        <translation>Es wird kein Stack angezeigt.</translation>
    </message>
    <message>
        <source>Every published port of %1 is within the port scheme; there is nothing to write.</source>
        <translation>Jeder veröffentlichte Port von %1 liegt im Port-Schema; es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Export ports</source>
        <translation>Ports exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Write migration override</source>
        <translation>Migrations-Override schreiben</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Compose-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open port scheme</source>
        <translation>Port-Schema öffnen</translation>
    </message>
    <message>
        <source>Port schemes (*.yaml *.yml)</source>
        <translation>Port-Schemas (*.yaml *.yml)</translation>
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
    <name>Leitstand::Remote::FileDownload</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>transfer to %1 failed after %2 bytes: %3</source>
        <translation>die Übertragung in %1 brach nach %2 Bytes ab: %3</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>transfer to %1 failed (%2): %3</source>
        <translation>die Übertragung in %1 ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>cannot complete %1: %2</source>
        <translation>%1 lässt sich nicht abschließen: %2</translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::LocalProcess</name>
    <message>
        <source>no program given</source>
        <translation>kein Programm angegeben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the command did not finish in time</source>
        <translation>der Befehl wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 lässt sich nicht starten: %2</translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>through jump host %1: %2</source>
        <translation>über den Jump-Host %1: %2</translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshProcess</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshSessionWorker</name>
    <message>
        <source>the host closed the connection</source>
        <translation>der Host hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the connection to the host broke: %1</source>
        <translation>die Verbindung zum Host ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>the host did not answer for %1 seconds</source>
        <translation>der Host hat %1 Sekunden lang nicht geantwortet</translation>
    </message>
    <message>
        <source>the connection to the host was lost</source>
        <translation>die Verbindung zum Host ging verloren</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshTunnel</name>
    <message>
        <source>cannot create a local socket pair: %1</source>
        <translation>ein lokales Socket-Paar lässt sich nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>Leitstand::ReviewLintModel</name>
    <message>
        <source>Naming</source>
        <translation>Benennung</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Exposure and safety</source>
        <translation>Erreichbarkeit und Sicherheit</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Leitstand::ReviewScoreModel</name>
    <message>
        <source>Stack / service</source>
        <translation>Stack / Dienst</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready as it is</source>
        <translation>Ohne Änderungen bereit</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Leitstand::ReviewView</name>
    <message>
        <source>Export manifests…</source>
        <translation>Manifeste exportieren…</translation>
    </message>
    <message>
        <source>Write Kubernetes manifests for this stack, one file per namespace and kind</source>
        <translation>Kubernetes-Manifeste für diesen Stack schreiben, eine Datei pro Namespace und Objektart</translation>
    </message>
    <message>
        <source>Lints</source>
        <translation>Lints</translation>
    </message>
    <message>
        <source>Filter by code, service or message</source>
        <translation>Nach Code, Dienst oder Meldung filtern</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>No review</source>
        <translation>Keine Prüfung</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Kubernetes readiness: %1 / 100</source>
        <translation>Kubernetes-Tauglichkeit: %1 / 100</translation>
    </message>
    <message>
        <source>No blockers</source>
        <translation>Keine Blocker</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to resolve before the move</source>
        <translation>
            <numerusform>%n Blocker vor dem Umzug zu beheben</numerusform>
            <numerusform>%n Blocker vor dem Umzug zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing manifests to %1…</source>
        <translation>Manifeste werden nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>Export manifests to</source>
        <translation>Manifeste exportieren nach</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n object(s) to %1.</source>
        <translation>
            <numerusform>%n Objekt nach %1 geschrieben.</numerusform>
            <numerusform>%n Objekte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifests not written: %1</source>
        <translation>Manifeste nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Leitstand::SaveReviewDialog</name>
    <message>
        <source>Review the change</source>
        <translation>Änderung prüfen</translation>
    </message>
    <message>
        <source>The edited stack does not load, so what it adds cannot be judged: %1</source>
        <translation>Der bearbeitete Stack lässt sich nicht laden, daher ist nicht zu beurteilen, was er hinzufügt: %1</translation>
    </message>
    <message>
        <source>This change adds no host access and no exposure.</source>
        <translation>Diese Änderung fügt weder Host-Zugriff noch Erreichbarkeit von außen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>This change adds host access or exposure (%n finding(s)):</source>
        <translation>
            <numerusform>Diese Änderung fügt Host-Zugriff oder Erreichbarkeit von außen hinzu (%n Befund):</numerusform>
            <numerusform>Diese Änderung fügt Host-Zugriff oder Erreichbarkeit von außen hinzu (%n Befunde):</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save anyway: the files on disk load, the edited ones do not</source>
        <translation>Trotzdem speichern: die Dateien auf dem Datenträger lassen sich laden, die bearbeiteten nicht</translation>
    </message>
    <message>
        <source>Overwrite %1, changed on disk since it was opened here</source>
        <translation>%1 überschreiben, obwohl die Datei seit dem Öffnen hier auf dem Datenträger geändert wurde</translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceDetailsModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
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
        <source>Secrets and configs</source>
        <translation>Secrets und Configs</translation>
    </message>
    <message>
        <source>Hidden because it looks like a secret: double-click or use the context menu to reveal it</source>
        <translation>Verborgen, da der Wert vertraulich aussieht: zum Anzeigen doppelklicken oder das Kontextmenü verwenden</translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceDetailsPanel</name>
    <message>
        <source>Show this place in the editor</source>
        <translation>Diese Stelle im Editor anzeigen</translation>
    </message>
    <message>
        <source>Select a service in the sidebar or in a view to see its settings here.</source>
        <translation>Wählen Sie in der Seitenleiste oder in einer Ansicht einen Dienst aus, um hier seine Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Defined at &lt;a href=&quot;#definition&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Definiert in &lt;a href=&quot;#definition&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation>Wert &amp;verbergen</translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation>Wert &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceSearchBox</name>
    <message>
        <source>Find a service in all stacks (%1)</source>
        <translation>Einen Dienst in allen Stacks suchen (%1)</translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceSearchModel</name>
    <message>
        <source>%1 — %2 / %3</source>
        <translation>%1 — %2 / %3</translation>
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
        <source>%1 could not be loaded</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Filter this stack&apos;s services</source>
        <translation>Dienste dieses Stacks filtern</translation>
    </message>
</context>
<context>
    <name>Leitstand::StackEditSession</name>
    <message>
        <source>the edited stack does not load, and the files on disk do: not saved</source>
        <translation>der bearbeitete Stack lässt sich nicht laden, die Dateien auf dem Datenträger schon: nicht gespeichert</translation>
    </message>
    <message>
        <source>a file was changed on disk since it was opened: not saved</source>
        <translation>eine Datei wurde seit dem Öffnen auf dem Datenträger geändert: nicht gespeichert</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>Leitstand::StackEditor</name>
    <message>
        <source>The file of the stack to edit</source>
        <translation>Die zu bearbeitende Datei des Stacks</translation>
    </message>
    <message>
        <source>Select a stack to edit its files.</source>
        <translation>Wählen Sie einen Stack aus, um seine Dateien zu bearbeiten.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Fold services</source>
        <translation>Dienste einklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+[</source>
        <translation>Ctrl+Shift+[</translation>
    </message>
    <message>
        <source>Unfold services</source>
        <translation>Dienste ausklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+]</source>
        <translation>Ctrl+Shift+]</translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message numerus="yes">
        <source>The stack loads: %n service(s).</source>
        <translation>
            <numerusform>Der Stack lässt sich laden: %n Dienst.</numerusform>
            <numerusform>Der Stack lässt sich laden: %n Dienste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the files are as on disk.</source>
        <translation>Nichts zu speichern: die Dateien entsprechen dem Stand auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The previous version is kept in %1.</source>
        <translation>Gespeichert. Die vorherige Version liegt in %1.</translation>
    </message>
    <message>
        <source>Save a copy of the stack in a folder</source>
        <translation>Eine Kopie des Stacks in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Saved a copy of the stack in %1.</source>
        <translation>Eine Kopie des Stacks wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was changed on disk. Saving will ask before overwriting it; &quot;Reload from disk&quot; drops your edits.</source>
        <translation>%1 wurde auf dem Datenträger geändert. Beim Speichern wird vor dem Überschreiben nachgefragt; „Vom Datenträger neu laden“ verwirft Ihre Änderungen.</translation>
    </message>
</context>
<context>
    <name>Leitstand::StackPane</name>
    <message>
        <source>Show in Editor</source>
        <translation>Im Editor anzeigen</translation>
    </message>
    <message>
        <source>Open a folder with a compose file (Ctrl+O), a compose file (Ctrl+Shift+O) or a workspace, or drop files here. Then choose a stack in the sidebar.</source>
        <translation>Öffnen Sie einen Ordner mit einer Compose-Datei (Ctrl+O), eine Compose-Datei (Ctrl+Shift+O) oder einen Arbeitsbereich, oder ziehen Sie Dateien hierher. Wählen Sie dann in der Seitenleiste einen Stack aus.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 on %2 · %n service(s) · %3</source>
        <translation>
            <numerusform>Projekt %1 auf %2 · %n Dienst · %3</numerusform>
            <numerusform>Projekt %1 auf %2 · %n Dienste · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 · %2</source>
        <translation>Auf %1 · %2</translation>
    </message>
    <message>
        <source>This stack could not be loaded:
%1</source>
        <translation>Dieser Stack konnte nicht geladen werden:
%1</translation>
    </message>
</context>
<context>
    <name>Leitstand::StackTabs</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
<context>
    <name>Leitstand::TopologyFilterBar</name>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Tiers</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
</context>
<context>
    <name>Leitstand::TopologyMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Leitstand::TopologyView</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>As Graphviz DOT…</source>
        <translation>Als Graphviz-DOT…</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no services under the active profiles.</source>
        <translation>%1 hat unter den aktiven Profilen keine Dienste.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>%n Dienst wird angeordnet…</numerusform>
            <numerusform>%n Dienste werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing a simple tiered layout: %1</source>
        <translation>Es wird ein einfaches Layout nach Tiers angezeigt: %1</translation>
    </message>
    <message>
        <source>Topology of %1</source>
        <translation>Topologie von %1</translation>
    </message>
    <message>
        <source>Export topology</source>
        <translation>Topologie exportieren</translation>
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
    <message>
        <source>Compose files and folders opened from this computer</source>
        <translation>Von diesem Computer geöffnete Compose-Dateien und Ordner</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
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
        <translation>Compose-Projektordner öffnen</translation>
    </message>
    <message>
        <source>Open Compose Files</source>
        <translation>Compose-Dateien öffnen</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>&amp;Tabs</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Erscheinungs&amp;bild</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot move the manifests into %1</source>
        <translation>die Manifeste lassen sich nicht nach %1 verschieben</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no manifests written by Leitstand; choose a new or empty folder</source>
        <translation>%1 ist nicht leer und enthält keine von Leitstand geschriebenen Manifeste; einen neuen oder leeren Ordner wählen</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 lässt sich kein temporärer Ordner anlegen: %2</translation>
    </message>
</context>
<context>
    <name>MigrationReviewer</name>
    <message>
        <source>mounts %1: Kubernetes nodes run no Docker daemon to talk to; replace what it does through the socket with the Kubernetes API (a ServiceAccount with narrow RBAC)</source>
        <translation>bindet %1 ein: auf Kubernetes-Nodes läuft kein Docker-Daemon, mit dem er sprechen könnte; was er über den Socket tut, durch die Kubernetes-API ersetzen (ein ServiceAccount mit eng gefasstem RBAC)</translation>
    </message>
    <message>
        <source>binds the host path %1 to %2; replace it with %3</source>
        <translation>bindet den Host-Pfad %1 an %2; ersetzen durch %3</translation>
    </message>
    <message>
        <source>volume %1 keeps its data in the host folder %2; copy it into the PersistentVolumeClaim %3</source>
        <translation>Volume %1 hält seine Daten im Host-Ordner %2; sie in den PersistentVolumeClaim %3 kopieren</translation>
    </message>
    <message>
        <source>volume %1 is also mounted by %2: its PersistentVolumeClaim needs ReadWriteMany storage, and one claim serves only one namespace</source>
        <translation>Volume %1 wird auch von %2 eingebunden: sein PersistentVolumeClaim braucht ReadWriteMany-Speicher, und ein Claim gilt nur für einen Namespace</translation>
    </message>
    <message>
        <source>reads the compose secret %1: create the Secret %2 (kubectl create secret generic %2 --from-file=...) before applying; it is mounted at /run/secrets/%1</source>
        <translation>liest das Compose-Secret %1: vor dem Anwenden das Secret %2 anlegen (kubectl create secret generic %2 --from-file=...); es wird unter /run/secrets/%1 eingebunden</translation>
    </message>
    <message>
        <source>runs privileged, which the baseline and restricted Pod Security Standards reject; grant the single capabilities it needs instead</source>
        <translation>läuft privilegiert, was die Pod Security Standards baseline und restricted ablehnen; stattdessen nur die einzelnen Capabilities gewähren, die er braucht</translation>
    </message>
    <message>
        <source>uses the host&apos;s process namespace (pid: host), which Pod Security Standards reject outside privileged namespaces; as a node agent it belongs in a DaemonSet</source>
        <translation>nutzt den Prozess-Namespace des Hosts (pid: host), was die Pod Security Standards außerhalb privilegierter Namespaces ablehnen; als Node-Agent gehört er in ein DaemonSet</translation>
    </message>
    <message>
        <source>has no health check, so its pods get no readiness or liveness probe and count as ready as soon as they start</source>
        <translation>hat keinen Healthcheck, daher erhalten seine Pods weder Readiness- noch Liveness-Probe und gelten sofort nach dem Start als bereit</translation>
    </message>
    <message>
        <source>sets no CPU or memory limits (deploy.resources); the scheduler cannot place it well</source>
        <translation>setzt keine CPU- oder Speicherlimits (deploy.resources); der Scheduler kann ihn nicht gut platzieren</translation>
    </message>
    <message>
        <source>is only built from %1 and names no image; build it, push it to a registry the cluster can pull from and set image:</source>
        <translation>wird nur aus %1 gebaut und nennt kein Image; es bauen, in eine Registry pushen, aus der der Cluster ziehen kann, und image: setzen</translation>
    </message>
    <message>
        <source>image %1 is built on the host from %2; push it to a registry the cluster can pull from</source>
        <translation>das Image %1 wird auf dem Host aus %2 gebaut; es in eine Registry pushen, aus der der Cluster ziehen kann</translation>
    </message>
    <message>
        <source>uses the host&apos;s network (network_mode: host): its ports would collide on every node; publish them through its Service instead</source>
        <translation>nutzt das Netzwerk des Hosts (network_mode: host): seine Ports würden auf jedem Node kollidieren; sie stattdessen über seinen Service veröffentlichen</translation>
    </message>
    <message>
        <source>shares the network of %1: run both containers in one pod</source>
        <translation>teilt das Netzwerk von %1: beide Container in einem Pod betreiben</translation>
    </message>
    <message>
        <source>has the fixed address %1 on network %2; pods get their addresses from the cluster, so clients must use the Service name %3</source>
        <translation>hat die feste Adresse %1 im Netzwerk %2; Pods erhalten ihre Adressen vom Cluster, daher müssen Clients den Service-Namen %3 verwenden</translation>
    </message>
    <message>
        <source>%1 reach it by its container name %2, which does not exist in Kubernetes; use the Service name %3</source>
        <translation>wird von %1 über den Containernamen %2 angesprochen, den es in Kubernetes nicht gibt; den Service-Namen %3 verwenden</translation>
    </message>
    <message>
        <source>its Service is called %1, as Kubernetes names allow only lowercase letters, digits and &quot;-&quot;; clients using %2 must change</source>
        <translation>sein Service heißt %1, da Kubernetes-Namen nur Kleinbuchstaben, Ziffern und „-“ erlauben; Clients, die %2 verwenden, müssen angepasst werden</translation>
    </message>
    <message>
        <source>waits for %1 to complete, which becomes a Job; apply it first and wait for it (kubectl wait --for=condition=complete job/%2)</source>
        <translation>wartet auf den Abschluss von %1, der als Job umgesetzt wird; diesen zuerst anwenden und auf seinen Abschluss warten (kubectl wait --for=condition=complete job/%2)</translation>
    </message>
</context>
<context>
    <name>NamingLinter</name>
    <message>
        <source>container name &quot;%1&quot; has no &quot;%2-&quot; prefix; the naming scheme gives &quot;%3&quot;</source>
        <translation>Containername „%1“ hat kein Präfix „%2-“; das Namensschema ergibt „%3“</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; uses the prefix &quot;%2&quot; instead of &quot;%3-&quot;; the naming scheme gives &quot;%4&quot;</source>
        <translation>Containername „%1“ verwendet das Präfix „%2“ statt „%3-“; das Namensschema ergibt „%4“</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; does not follow &quot;%2&quot;; the naming scheme gives &quot;%3&quot;</source>
        <translation>Containername „%1“ folgt nicht „%2“; das Namensschema ergibt „%3“</translation>
    </message>
    <message>
        <source> (the name is also claimed by &quot;%1&quot;)</source>
        <translation> (den Namen beansprucht auch „%1“)</translation>
    </message>
    <message>
        <source>no prefix: %1</source>
        <translation>kein Präfix: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>container names use %1 different prefixes (%2); the naming scheme uses &quot;%3-&quot;</source>
        <translation>Containernamen verwenden %1 verschiedene Präfixe (%2); das Namensschema verwendet „%3-“</translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; is named &quot;%2&quot;; the naming scheme gives &quot;%3&quot;</source>
        <translation>Volume „%1“ heißt „%2“; das Namensschema ergibt „%3“</translation>
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
    <name>PortMatrixWriter</name>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>HOST IP</source>
        <translation>HOST-IP</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <source>EXPOSURE</source>
        <translation>ERREICHBARKEIT</translation>
    </message>
    <message>
        <source>STACK</source>
        <translation>STACK</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>DIENSTE</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n Konflikt:</numerusform>
            <numerusform>%n Konflikte:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortPlanWriter</name>
    <message>
        <source>STACK</source>
        <translation>STACK</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>(range full)</source>
        <translation>(Bereich voll)</translation>
    </message>
    <message>
        <source>Every published port follows the scheme.</source>
        <translation>Jeder veröffentlichte Port folgt dem Schema.</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>Not matched by any category of the scheme:</source>
        <translation>Von keiner Kategorie des Schemas erfasst:</translation>
    </message>
</context>
<context>
    <name>PortSchemeLinter</name>
    <message>
        <source>publishes port %1 outside the range %2-%3 of &quot;%4&quot;, and that range has no free port left</source>
        <translation>veröffentlicht Port %1 außerhalb des Bereichs %2-%3 von „%4“, und in diesem Bereich ist kein Port mehr frei</translation>
    </message>
    <message>
        <source>publishes port %1 outside the range %2-%3 of &quot;%4&quot;; suggested port: %5</source>
        <translation>veröffentlicht Port %1 außerhalb des Bereichs %2-%3 von „%4“; vorgeschlagener Port: %5</translation>
    </message>
</context>
<context>
    <name>PortSchemeReader</name>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: unbekannter Schlüssel „%2“</translation>
    </message>
    <message>
        <source>%1 must be a port between 1 and 65535</source>
        <translation>%1 muss ein Port zwischen 1 und 65535 sein</translation>
    </message>
    <message>
        <source>cannot read the port scheme &quot;%1&quot;: %2</source>
        <translation>das Port-Schema „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>a port scheme must be a mapping with &quot;categories&quot;</source>
        <translation>ein Port-Schema muss ein Mapping mit „categories“ sein</translation>
    </message>
    <message>
        <source>port scheme</source>
        <translation>Port-Schema</translation>
    </message>
    <message>
        <source>&quot;reserved&quot; must be a list of ports</source>
        <translation>„reserved“ muss eine Liste von Ports sein</translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a non-empty list</source>
        <translation>„categories“ muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is defined twice</source>
        <translation>Kategorie „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>%1 must be a mapping with &quot;id&quot;</source>
        <translation>%1 muss ein Mapping mit „id“ sein</translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot;</source>
        <translation>%1 braucht eine „id“</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; matches nothing: give &quot;services&quot; or &quot;images&quot; patterns</source>
        <translation>Kategorie „%1“ erfasst nichts: Muster unter „services“ oder „images“ angeben</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;: &quot;ports&quot; must be a range FIRST-LAST of ports 1-65535</source>
        <translation>Kategorie „%1“: „ports“ muss ein Bereich ERSTER-LETZTER aus Ports 1-65535 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of patterns</source>
        <translation>„%1“ muss eine Liste von Mustern sein</translation>
    </message>
    <message>
        <source>a pattern must be a non-empty string</source>
        <translation>ein Muster muss ein nicht leerer String sein</translation>
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
    <name>PortsCommand</name>
    <message>
        <source>List published ports, their exposure and clashes; plan moves into a port scheme.</source>
        <translation>Listet veröffentlichte Ports, ihre Erreichbarkeit und Konflikte auf; plant Umstellungen in ein Port-Schema.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Workspace file; check all stacks of --host together.</source>
        <translation>Arbeitsbereichsdatei; prüft alle Stacks von --host gemeinsam.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Host of the workspace to check.</source>
        <translation>Zu prüfender Host des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Port scheme file (default: the built-in scheme).</source>
        <translation>Port-Schema-Datei (Standard: das eingebaute Schema).</translation>
    </message>
    <message>
        <source>Print the moves into the port scheme instead.</source>
        <translation>Gibt stattdessen die Umstellungen in das Port-Schema aus.</translation>
    </message>
    <message>
        <source>Write the moves as a compose override file (with --workspace: a folder, one file per stack).</source>
        <translation>Schreibt die Umstellungen als Compose-Override-Datei (mit --workspace: einen Ordner, eine Datei pro Stack).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print the built-in port scheme (YAML).</source>
        <translation>Gibt das eingebaute Port-Schema aus (YAML).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table, json or csv)</source>
        <translation>unbekanntes Format „%1“ (table, json oder csv)</translation>
    </message>
    <message>
        <source>--workspace and --host go together</source>
        <translation>--workspace und --host gehören zusammen</translation>
    </message>
    <message>
        <source>--workspace takes the stacks from the workspace file; drop -f, --project-directory, --env-file and -p</source>
        <translation>--workspace nimmt die Stacks aus der Arbeitsbereichsdatei; -f, --project-directory, --env-file und -p weglassen</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>der Ordner „%1“ lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1: %2 port move(s) written to %3</source>
        <translation>%1: %2 Port-Umstellung(en) nach %3 geschrieben</translation>
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
    <name>ProjectReviewWriter</name>
    <message>
        <source>Kubernetes readiness: %1/100

</source>
        <translation>Kubernetes-Tauglichkeit: %1/100

</translation>
    </message>
    <message>
        <source>%1  %2 in %3, score %4
</source>
        <translation>%1  %2 in %3, Punktzahl %4
</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>
Lints: %n finding(s)
</source>
        <translation>
            <numerusform>
Lints: %n Befund
</numerusform>
            <numerusform>
Lints: %n Befunde
</numerusform>
        </translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(Projekt)</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Review a project for a move to Kubernetes and list its lints.</source>
        <translation>Prüft, ob ein Projekt für den Umzug nach Kubernetes bereit ist, und listet seine Lints auf.</translation>
    </message>
    <message>
        <source>Output format: json or text (default).</source>
        <translation>Ausgabeformat: json oder text (Standard).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
</context>
<context>
    <name>SafetyLinter</name>
    <message>
        <source>mounts the Docker socket (%1 at %2): whoever takes over this container controls every container and the host</source>
        <translation>bindet den Docker-Socket ein (%1 unter %2): wer diesen Container übernimmt, kontrolliert jeden Container und den Host</translation>
    </message>
    <message>
        <source>runs privileged: the container has every capability and all host devices</source>
        <translation>läuft privilegiert: der Container hat alle Capabilities und alle Geräte des Hosts</translation>
    </message>
    <message>
        <source>shares the host&apos;s process namespace (pid: host): it sees and can signal every process of the host</source>
        <translation>teilt den Prozess-Namespace des Hosts (pid: host): er sieht jeden Prozess des Hosts und kann ihm Signale senden</translation>
    </message>
    <message>
        <source>uses the host&apos;s network (network_mode: host): every port it opens is open on the host, past Docker&apos;s port publishing</source>
        <translation>nutzt das Netzwerk des Hosts (network_mode: host): jeder Port, den er öffnet, ist auf dem Host offen, an Dockers Port-Veröffentlichung vorbei</translation>
    </message>
    <message>
        <source>%1 is published on %2, reachable from every network the host is on; bind it to 127.0.0.1 or a VPN address, or put it behind an authenticating proxy</source>
        <translation>%1 ist auf %2 veröffentlicht und aus jedem Netzwerk erreichbar, in dem der Host hängt; an 127.0.0.1 oder eine VPN-Adresse binden oder hinter einen Proxy mit Authentifizierung stellen</translation>
    </message>
    <message>
        <source>%1 is written into the compose file in plain text; move the value to .env (kept out of version control) or a secret and refer to it as ${%1}</source>
        <translation>%1 steht im Klartext in der Compose-Datei; den Wert nach .env (außerhalb der Versionsverwaltung) oder in ein Secret verschieben und als ${%1} darauf verweisen</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsSections</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>(built locally)</source>
        <translation>(lokal gebaut)</translation>
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
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Neustartrichtlinie</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikas</translation>
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
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>yes: full access to the host</source>
        <translation>ja: voller Zugriff auf den Host</translation>
    </message>
    <message>
        <source>PID namespace</source>
        <translation>PID-Namespace</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>exposed to the project&apos;s networks only</source>
        <translation>nur in den Netzwerken des Projekts erreichbar</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, optional</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>none: dependents can only wait for the container to start</source>
        <translation>keiner: abhängige Dienste können nur auf den Start des Containers warten</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Start period</source>
        <translation>Anlaufzeit</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Netzwerkmodus</translation>
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
    <name>ServiceKindClassifier</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Outside world</source>
        <translation>Außenwelt</translation>
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
    <name>SshAuthenticator</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the login did not finish in time</source>
        <translation>die Anmeldung wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>the server sent no login methods: %1</source>
        <translation>der Server hat keine Anmeldemethoden gesendet: %1</translation>
    </message>
    <message>
        <source>%1 refused the RSA key. RSA keys are signed with SHA-1 by this libssh2 version, which the server refuses; use an ed25519 or ecdsa key.</source>
        <translation>%1 hat den RSA-Schlüssel abgelehnt. Diese libssh2-Version signiert RSA-Schlüssel mit SHA-1, was der Server ablehnt; einen ed25519- oder ecdsa-Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>%1 refused every login method tried (the server offers: %2)</source>
        <translation>%1 hat jede versuchte Anmeldemethode abgelehnt (der Server bietet an: %2)</translation>
    </message>
    <message>
        <source>the ssh-agent at %1 did not answer</source>
        <translation>der ssh-agent unter %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>publickey (ssh-agent: %1)</source>
        <translation>publickey (ssh-agent: %1)</translation>
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation>die Schlüsseldatei %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>no passphrase for the encrypted key %1</source>
        <translation>keine Passphrase für den verschlüsselten Schlüssel %1</translation>
    </message>
    <message>
        <source>publickey (%1)</source>
        <translation>publickey (%1)</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 lässt sich nicht verwenden: %2</translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation>das Passwort wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>SshChannelTask</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the command did not start in time</source>
        <translation>der Befehl ist nicht rechtzeitig gestartet</translation>
    </message>
    <message>
        <source>the host did not open a channel in time</source>
        <translation>der Host hat nicht rechtzeitig einen Kanal geöffnet</translation>
    </message>
    <message>
        <source>the command did not finish in time</source>
        <translation>der Befehl wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>the host did not close the channel in time</source>
        <translation>der Host hat den Kanal nicht rechtzeitig geschlossen</translation>
    </message>
    <message>
        <source>the host refused a channel: %1</source>
        <translation>der Host hat einen Kanal verweigert: %1</translation>
    </message>
    <message>
        <source>the host refused a tunnel to %1 port %2: %3</source>
        <translation>der Host hat einen Tunnel zu %1 Port %2 verweigert: %3</translation>
    </message>
    <message>
        <source>the host refused to run the command: %1</source>
        <translation>der Host hat die Ausführung des Befehls verweigert: %1</translation>
    </message>
    <message>
        <source>reading from the host failed (libssh2 error %1)</source>
        <translation>das Lesen vom Host ist fehlgeschlagen (libssh2-Fehler %1)</translation>
    </message>
    <message>
        <source>writing to the host failed (libssh2 error %1)</source>
        <translation>das Schreiben zum Host ist fehlgeschlagen (libssh2-Fehler %1)</translation>
    </message>
    <message>
        <source>reading from the tunnel failed (libssh2 error %1)</source>
        <translation>das Lesen aus dem Tunnel ist fehlgeschlagen (libssh2-Fehler %1)</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 takes one value, found %2</source>
        <translation>%1 nimmt einen Wert, gefunden wurden %2</translation>
    </message>
    <message>
        <source>bad port &quot;%1&quot;</source>
        <translation>ungültiger Port „%1“</translation>
    </message>
</context>
<context>
    <name>SshConfigReader</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: this is a folder</source>
        <translation>die ssh-Konfiguration lässt sich nicht lesen: dies ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: %1</source>
        <translation>die ssh-Konfiguration lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the ssh configuration is too large to be one</source>
        <translation>die Datei ist zu groß für eine ssh-Konfiguration</translation>
    </message>
    <message>
        <source>Host needs at least one pattern</source>
        <translation>Host braucht mindestens ein Muster</translation>
    </message>
    <message>
        <source>Include needs at least one file</source>
        <translation>Include braucht mindestens eine Datei</translation>
    </message>
    <message>
        <source>Includes nested more than %1 deep (do they include each other?)</source>
        <translation>Includes sind mehr als %1 Ebenen tief verschachtelt (binden sie sich gegenseitig ein?)</translation>
    </message>
</context>
<context>
    <name>SshHostKeyVerifier</name>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 hat keinen Host-Key gesendet</translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>der Host-Key von %1 lässt sich nicht in %2 speichern: %3</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 key %3); accept it explicitly to record it in %4</source>
        <translation>der Host-Key von %1 ist nicht bekannt (%2-Schlüssel %3); ihn ausdrücklich akzeptieren, um ihn in %4 zu speichern</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED: known_hosts (%2) holds %3, the server offers %4 key %5. Nothing was sent. Someone may be intercepting the connection, or the host was reinstalled; replace the key deliberately only after checking.</source>
        <translation>DER HOST-KEY VON %1 HAT SICH GEÄNDERT: known_hosts (%2) enthält %3, der Server bietet den %4-Schlüssel %5 an. Es wurde nichts gesendet. Möglicherweise fängt jemand die Verbindung ab, oder der Host wurde neu installiert; den Schlüssel erst nach einer Prüfung bewusst ersetzen.</translation>
    </message>
    <message>
        <source>cannot read the trusted host keys in %1 (%2); refusing to connect to %3</source>
        <translation>die vertrauenswürdigen Host-Keys in %1 lassen sich nicht lesen (%2); keine Verbindung zu %3</translation>
    </message>
    <message>
        <source>the %1 key %2 offered by %3 is marked @revoked in %4 (%5); nothing was sent</source>
        <translation>der %1-Schlüssel %2 von %3 ist in %4 als @revoked markiert (%5); es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>SshHostResolver</name>
    <message>
        <source>%1 is reached through a ProxyCommand in ~/.ssh/config, which Leitstand does not run; use ProxyJump instead</source>
        <translation>%1 wird über ein ProxyCommand in ~/.ssh/config erreicht, das Leitstand nicht ausführt; stattdessen ProxyJump verwenden</translation>
    </message>
    <message>
        <source>ProxyJump hop &quot;%1&quot; of %2: %3</source>
        <translation>ProxyJump-Sprung „%1“ von %2: %3</translation>
    </message>
</context>
<context>
    <name>SshSessionSetup</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>eine SSH-Sitzung lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake in time</source>
        <translation>%1 hat den SSH-Handshake nicht rechtzeitig abgeschlossen</translation>
    </message>
</context>
<context>
    <name>SshSocketConnector</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>no address found for %1</source>
        <translation>keine Adresse für %1 gefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer from %1 port %2 in time</source>
        <translation>keine rechtzeitige Antwort von %1 Port %2</translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>keine Verbindung zu %1 Port %2 möglich: %3</translation>
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
    <message>
        <source>Select HOST/STACK or HOST/STACK/SERVICE at start (&quot;Local files&quot; is the host of opened paths).</source>
        <translation>Wählt beim Start HOST/STACK oder HOST/STACK/DIENST aus („Lokale Dateien“ ist der Host geöffneter Pfade).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Show the tab NAME at start: topology, services, ports, review or editor.</source>
        <translation>Zeigt beim Start den Tab NAME: topology, services, ports, review oder editor.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use MODE (system, light or dark) for this run only.</source>
        <translation>Verwendet MODUS (system, light oder dark) nur für diesen Lauf.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;; choose one of: system, light, dark.</source>
        <translation>Unbekanntes Erscheinungsbild „%1“; möglich sind: system, light, dark.</translation>
    </message>
</context>
<context>
    <name>TailscalePeers</name>
    <message>
        <source>tailscale printed no status JSON: %1</source>
        <translation>tailscale hat kein Status-JSON ausgegeben: %1</translation>
    </message>
    <message>
        <source>Tailscale is not running here (state: %1)</source>
        <translation>Tailscale läuft hier nicht (Zustand: %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the tailscale command is not installed</source>
        <translation>der Befehl tailscale ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 lässt sich nicht ausführen: %2</translation>
    </message>
    <message>
        <source>tailscale status did not answer within %1 s</source>
        <translation>tailscale status hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>tailscale status failed: %1</source>
        <translation>tailscale status ist fehlgeschlagen: %1</translation>
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
    <name>TopologyBuilder</name>
    <message>
        <source>%1 (outside this project)</source>
        <translation>%1 (außerhalb dieses Projekts)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Tailnet</source>
        <translation>Tailnet</translation>
    </message>
    <message>
        <source>This host (loopback)</source>
        <translation>Dieser Host (Loopback)</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
</context>
<context>
    <name>TopologyDiagramBuilder</name>
    <message>
        <source>built locally</source>
        <translation>lokal gebaut</translation>
    </message>
    <message>
        <source>Disabled by profiles, but others depend on it</source>
        <translation>Durch Profile abgeschaltet, aber andere hängen davon ab</translation>
    </message>
    <message>
        <source>network_mode</source>
        <translation>network_mode</translation>
    </message>
    <message>
        <source>Published on every address (internet): %1</source>
        <translation>Auf jeder Adresse veröffentlicht (Internet): %1</translation>
    </message>
    <message>
        <source>Port %1/%2 clashes: %3</source>
        <translation>Konflikt bei Port %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>reaches %n service(s)</source>
        <translation>
            <numerusform>erreicht %n Dienst</numerusform>
            <numerusform>erreicht %n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached from %1: %2</source>
        <translation>Erreichbar über %1: %2</translation>
    </message>
</context>
<context>
    <name>TopologyEdgeItem</name>
    <message>
        <source>Waits until healthy (depends_on: service_healthy)</source>
        <translation>Wartet, bis der Dienst gesund ist (depends_on: service_healthy)</translation>
    </message>
    <message>
        <source>Waits until started (depends_on: service_started)</source>
        <translation>Wartet, bis der Dienst gestartet ist (depends_on: service_started)</translation>
    </message>
    <message>
        <source>Waits until completed (depends_on: service_completed_successfully)</source>
        <translation>Wartet, bis der Dienst abgeschlossen ist (depends_on: service_completed_successfully)</translation>
    </message>
    <message>
        <source>Uses (inferred from the environment)</source>
        <translation>Nutzt (aus der Umgebung abgeleitet)</translation>
    </message>
    <message>
        <source>Proxy route</source>
        <translation>Proxy-Route</translation>
    </message>
    <message>
        <source>Reachable from outside</source>
        <translation>Von außen erreichbar</translation>
    </message>
</context>
<context>
    <name>TopologyExporter</name>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the drawing %1: %2</source>
        <translation>Die Zeichnung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Topology exported by Leitstand</source>
        <translation>Von Leitstand exportierte Topologie</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>Die Zeichnung %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TopologyNodeItem</name>
    <message>
        <source>Networks: %1</source>
        <translation>Netzwerke: %1</translation>
    </message>
    <message>
        <source>Start-up tier %1</source>
        <translation>Start-Tier %1</translation>
    </message>
</context>
<context>
    <name>TopologyZoneItem</name>
    <message>
        <source>Network %1: internal, no route to the outside</source>
        <translation>Netzwerk %1: intern, keine Route nach außen</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (intern)</translation>
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
    <name>VersionedFileWriter</name>
    <message>
        <source>cannot read the current version to keep it: %1</source>
        <translation>die aktuelle Version lässt sich nicht lesen, um sie aufzubewahren: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for previous versions</source>
        <translation>der Ordner %1 für frühere Versionen lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>die Datei lässt sich nicht ersetzen: %1</translation>
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
    <name>WorkspaceHostProjects</name>
    <message>
        <source>stack &quot;%1&quot; of host &quot;%2&quot;: %3</source>
        <translation>Stack „%1“ von Host „%2“: %3</translation>
    </message>
    <message>
        <source>the workspace has no host &quot;%1&quot; (hosts: %2)</source>
        <translation>der Arbeitsbereich hat keinen Host „%1“ (Hosts: %2)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>Opened projects</source>
        <translation>Geöffnete Projekte</translation>
    </message>
    <message>
        <source>Local files</source>
        <translation>Lokale Dateien</translation>
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
    <name>WorkspaceSession</name>
    <message>
        <source>Opened files</source>
        <translation>Geöffnete Dateien</translation>
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
