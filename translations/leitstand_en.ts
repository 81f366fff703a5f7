<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BuildNormalizer</name>
    <message>
        <source>a &quot;KEY=VALUE&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <source>Usage: leitstand-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;leitstand-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeFileLocator</name>
    <message>
        <source>folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml here or in a parent folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeFileReader</name>
    <message>
        <source>the compose file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compose file must be a mapping at the top level, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;include&quot; must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot; (extensions must start with &quot;x-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeInputOptions</name>
    <message>
        <source>Compose file (repeatable; later files override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder (default: the first file&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment file instead of .env (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to enable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeLoader</name>
    <message>
        <source>the project defines no services (or none under the active profiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; has neither an image nor a build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; depends on &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid project name: use lowercase letters, digits, &quot;_&quot; and &quot;-&quot;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive a project name from the folder name; set &quot;name:&quot; or use -p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env file not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Print the resolved compose project (as docker compose config does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json or yaml (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json or yaml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployNormalizer</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.replicas&quot; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotEnvParser</name>
    <message>
        <source>the quoted value is never closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in variable name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable name &quot;%1&quot; contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a variable name before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the env file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvFileReader</name>
    <message>
        <source>a path or a mapping with &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the env file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: env file &quot;%2&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown env file format &quot;%2&quot; (dotenv or raw)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentResolver</name>
    <message>
        <source>a &quot;KEY=VALUE&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheckNormalizer</name>
    <message>
        <source>&quot;%1.retries&quot; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostSettingsNormalizer</name>
    <message>
        <source>&quot;%1&quot;: bad host name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;host=address&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; lacks the address (host=address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address or a list of addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the device mapping &quot;%2&quot; is ambiguous; use the long syntax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncludeResolver</name>
    <message>
        <source>a path must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a path or a list of paths, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include entry needs a &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include entry must be a path or a mapping, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include forms a cycle or nests too deep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined here and in an included file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interpolator</name>
    <message>
        <source>invalid interpolation in &quot;%1&quot;: %2 (write &quot;$$&quot; for a literal &quot;$&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;${&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;${&quot; must be followed by a variable name: a letter or &quot;_&quot;, then letters, digits or &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;}&quot; or one of :- - :? ? :+ +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no closing &quot;}&quot; on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required variable &quot;%1&quot; is missing a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required variable &quot;%1&quot; is missing a value: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::MainWindow</name>
    <message>
        <source>Leitstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Compose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Leitstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Leitstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s)</source>
        <translation>
            <numerusform>%n stack</numerusform>
            <numerusform>%n stacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) failed to load</source>
        <translation>
            <numerusform>%n stack failed to load</numerusform>
            <numerusform>%n stacks failed to load</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitstand workspaces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Compose Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Compose File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Leitstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leitstand %1&lt;/h3&gt;&lt;p&gt;A control center for self-hosted Docker Compose stacks: every host, stack and service of a workspace at a glance, read exactly as Docker Compose reads them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceDetailsModel</name>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes no ports on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts without waiting for other services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::StackDetailsWidget</name>
    <message>
        <source>No stack selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack or a service in the sidebar to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stack could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file, then reload the workspace with View › Reload (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Project %1 on %2 · %n service(s) · %3</source>
        <translation>
            <numerusform>Project %1 on %2 · %n service · %3</numerusform>
            <numerusform>Project %1 on %2 · %n services · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::WorkspaceTreeModel</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n service(s)</source>
        <translation>
            <numerusform>%1
%n service</numerusform>
            <numerusform>%1
%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeConverter</name>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;KEY=VALUE&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectNormalizer</name>
    <message>
        <source>a string or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cannot split &quot;%2&quot; into words (unbalanced quotes, or a parenthesis outside &quot;$(...)&quot;); write it as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortSpecParser</name>
    <message>
        <source>&quot;%1&quot;: invalid port &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host address &quot;%1&quot; lacks its closing &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or port range (0-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host range %1 and the container range %2 differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (tcp, udp or sctp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port or port range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.target&quot; must be a port between 0 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port specification or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectNormalizer</name>
    <message>
        <source>a compose file must be a mapping at the top level, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceExtender</name>
    <message>
        <source>service &quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends forms a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends needs a &quot;service&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends must be a service name or a mapping, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; extends &quot;%2&quot;, which is not defined in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFormatter</name>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image&apos;s probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check: dependents can only wait for the container to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s health check is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNormalizer</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; refers to undefined volume &quot;%2&quot;; declare it under the top-level &quot;volumes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; sets scale and deploy.replicas to different values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceReferenceNormalizer</name>
    <message>
        <source>service &quot;%1&quot; refers to undefined %2 &quot;%3&quot;; declare it under the top-level &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping with a &quot;condition&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.condition&quot; must be service_started, service_healthy or service_completed_successfully, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot; sets both network_mode and networks, which exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an entry needs a &quot;source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Control center for self-hosted Docker Compose stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace FILE (default: the built-in demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANGUAGE (de or en) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files or project folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[paths...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workspace or compose paths, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopLevelNormalizer</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; sets name and external.name differently; keep only name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueConverter</name>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a size such as &quot;512m&quot; or &quot;1g&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as &quot;30s&quot; or &quot;1m30s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file mode such as 0440</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeSpecParser</name>
    <message>
        <source>&quot;%1&quot;: invalid volume &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the specification is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty section between colons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many colons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a volume in the long form needs a &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a bind mount needs a &quot;source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume specification or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid compose project name: use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the path of a compose file, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot; already has a stack named &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the workspace file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace must be a JSON object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a host named &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; compose files over %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file: byte 0x%1 is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlTreeBuilder</name>
    <message>
        <source>the document expands to more than %1 nodes (an alias bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 MiB of text (an alias bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compose file holds one YAML document; this is a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias to an anchor that is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping key without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first defined at line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes mappings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
