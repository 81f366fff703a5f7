<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>runs privileged: the container gets every capability and all devices of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the host&apos;s network (network_mode: host): every port it opens is open on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares the host&apos;s process namespace (pid: host): it sees and can signal every process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares the host&apos;s IPC namespace (ipc: host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds the capabilities %1 (cap_add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts the Docker socket %1 (%2): whoever controls the container controls the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts the host&apos;s root folder / at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounts the host folder %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes reachable on the public address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishes container port %1 on the public address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes the secret %1 into the compose file; keep it in .env and write ${%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume &quot;%1&quot; is backed by the host folder %2 (driver_opts o: bind)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (%2)</source>
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
        <source>unknown format &quot;%1&quot; (json or yaml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>access to the keychain was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked or refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as gnome-keyring on the session D-Bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain needs an application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keychain entry needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it locked and waiting for its password?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked; unlock it (for example by logging in to the desktop) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain holds no entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyAnalysis</name>
    <message>
        <source>dependency cycle: %1; none of these services can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which the active profiles disable, so compose refuses to start this service (enable &quot;%1&quot; with profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot; (not required), which the active profiles disable; this service starts without it (enable &quot;%1&quot; with profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits only until &quot;%1&quot; has started, although &quot;%1&quot; has a health check; use condition: service_healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends_on &quot;%1&quot; is already implied through &quot;%2&quot; (%3 → %4)</source>
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
    <name>DotLayoutParser</name>
    <message>
        <source>Graphviz answered with unreadable JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz answered without a bounding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz gave no position for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz left %1 out of the layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingLayout</name>
    <message>
        <source>disabled, profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
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
    <name>GraphCommand</name>
    <message>
        <source>Print the topology of the project: dependencies, zones, routes (json, dot, mermaid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default), dot or mermaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
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
    <name>HostKey</name>
    <message>
        <source>the host key is too short to be an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key is not in SSH format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;TYPE BASE64-KEY&quot;, as in a .pub file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key says it is %1 but is labelled %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostMountAdvisor</name>
    <message>
        <source>a hostPath volume, which only suits a node agent: run it as a DaemonSet, or drop the mount if the service does not need the host&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Secret: kubectl create secret generic %1 --from-file=%2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ConfigMap: kubectl create configmap %1 --from-file=%2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ConfigMap with one key per file: kubectl create configmap %1 --from-file=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PersistentVolumeClaim &quot;%1&quot; mounted at %2 (the file&apos;s folder), with %3 copied into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PersistentVolumeClaim &quot;%1&quot; with the contents of %2 copied into it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostOptions</name>
    <message>
        <source>Private key file to authenticate with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file to trust host keys from (default: ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the key of a host seen for the first time (a changed key is always refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Leitstand&apos;s host list (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostRegistry</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot;: &quot;%2&quot; is not a compose project name (lowercase letters, digits, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot;: stack &quot;%2&quot; needs the absolute path of its folder on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the host list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host list is too large to be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host list is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host list must be an object with a &quot;hosts&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the host list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host list is locked by another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host named &quot;%1&quot;</source>
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
    <name>HostTarget</name>
    <message>
        <source>the target holds a password; targets never hold secrets, store the password in the keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address lacks its closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write IPv6 addresses in brackets: ssh://[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target has an @ but no user before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target must not contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ssh:// target has no path, query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only ssh:// targets are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a port as ssh://%2 (host:port cannot be told apart from an IPv6 address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostTestCommand</name>
    <message>
        <source>Log in to a host and report the server version, the login method and whether docker answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|TARGET [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: leitstand-cli hosts test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:           %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key:       %1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new, recorded in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker:         present (client %1, server %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker:         not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  known host key:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offered host key: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  if it is the host&apos;s key, run again with --accept-new-host-key to record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostsCommand</name>
    <message>
        <source>List the hosts of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME TARGET [--sudo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host; TARGET is ssh://user@host:port, an ~/.ssh/config alias or a Tailscale name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a host from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add and remove the hosts of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leitstand-cli hosts SUBCOMMAND [OPTIONS]

Subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Every subcommand takes --identity FILE, --known-hosts FILE, --accept-new-host-key and --config-dir DIR.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hosts subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: leitstand-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hosts yet; add one with: leitstand-cli hosts add NAME TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run docker on this host through sudo -n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a host named &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
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
    <name>KnownHostsStore</name>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a known_hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 key of %2 is marked @revoked in %3 and is never trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different %1 key of %2 is recorded in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has keys of other types recorded, none of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key of %1 is recorded in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubernetesCommand</name>
    <message>
        <source>Write the project as Kubernetes manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the manifests to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 objects in %2 namespaces to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::DotLayoutRunner</name>
    <message>
        <source>Graphviz (dot) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz (dot) stopped with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz (dot) failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz (dot) could not be started from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz (dot) took longer than %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::EditedFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is part of the application and cannot be changed; use Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::EnvFileModel</name>
    <message>
        <source>A secret: reveal it to read it (Ctrl+R), or edit it directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value spans several lines: edit it in the text of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::JobListModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::JobsPanel</name>
    <message>
        <source>No jobs in this session yet. Backups, restores, drills and deploys report their progress here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::LogModel</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::LogPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected messages, or all of them when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every message from the log</source>
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
        <source>&amp;Reload</source>
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
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder with a compose project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one or more compose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every compose file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show S&amp;idebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 in %2 ms: %n stack(s)</source>
        <translation>
            <numerusform>Loaded %1 in %2 ms: %n stack</numerusform>
            <numerusform>Loaded %1 in %2 ms: %n stacks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 could not be loaded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the editor tab is not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor has changes that are not saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to select at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tab &quot;%1&quot;; the tabs are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::NamespaceGroupingModel</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::PortMatrixModel</name>
    <message>
        <source>Host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1/%2 is also published by %3: only one of them can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an admin UI and answers on every address of the host; publish it on 127.0.0.1 or the tailnet address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs in %2 (%3–%4); %5 is free there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs in %2 (%3–%4), but no port is free there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address of the host (0.0.0.0 and ::).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published on the host: reachable from the stack&apos;s networks only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::PortsView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default scheme (seed 004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by service, address or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write migration override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ports against a port scheme file of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every published port is within the port scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the moves to the scheme&apos;s ports as a compose override file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n binding</numerusform>
            <numerusform>%n bindings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n clash</numerusform>
            <numerusform>%n clashes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) outside the scheme</source>
        <translation>
            <numerusform>%n port outside the scheme</numerusform>
            <numerusform>%n ports outside the scheme</numerusform>
        </translation>
    </message>
    <message>
        <source>No stack is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every published port of %1 is within the port scheme; there is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write migration override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open port scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port schemes (*.yaml *.yml)</source>
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
    <name>Leitstand::Remote::FileDownload</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer to %1 failed after %2 bytes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer to %1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot complete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::LocalProcess</name>
    <message>
        <source>no program given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshProcess</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshSessionWorker</name>
    <message>
        <source>the host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the host broke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host did not answer for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the host was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::Remote::SshTunnel</name>
    <message>
        <source>cannot create a local socket pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ReviewLintModel</name>
    <message>
        <source>Naming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ReviewScoreModel</name>
    <message>
        <source>Stack / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ReviewView</name>
    <message>
        <source>Export manifests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Kubernetes manifests for this stack, one file per namespace and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, service or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes readiness: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to resolve before the move</source>
        <translation>
            <numerusform>%n blocker to resolve before the move</numerusform>
            <numerusform>%n blockers to resolve before the move</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing manifests to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export manifests to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n object(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n object to %1.</numerusform>
            <numerusform>Wrote %n objects to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifests not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::SaveReviewDialog</name>
    <message>
        <source>Review the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited stack does not load, so what it adds cannot be judged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change adds no host access and no exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This change adds host access or exposure (%n finding(s)):</source>
        <translation>
            <numerusform>This change adds host access or exposure (%n finding):</numerusform>
            <numerusform>This change adds host access or exposure (%n findings):</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway: the files on disk load, the edited ones do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite %1, changed on disk since it was opened here</source>
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
        <source>Networks</source>
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
        <source>Secrets and configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden because it looks like a secret: double-click or use the context menu to reveal it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceDetailsPanel</name>
    <message>
        <source>Show this place in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service in the sidebar or in a view to see its settings here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined at &lt;a href=&quot;#definition&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceSearchBox</name>
    <message>
        <source>Find a service in all stacks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::ServiceSearchModel</name>
    <message>
        <source>%1 — %2 / %3</source>
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
        <source>%1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this stack&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::StackEditSession</name>
    <message>
        <source>the edited stack does not load, and the files on disk do: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file was changed on disk since it was opened: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::StackEditor</name>
    <message>
        <source>The file of the stack to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack to edit its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stack loads: %n service(s).</source>
        <translation>
            <numerusform>The stack loads: %n service.</numerusform>
            <numerusform>The stack loads: %n services.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the files are as on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The previous version is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the stack in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the stack in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk. Saving will ask before overwriting it; &quot;Reload from disk&quot; drops your edits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::StackPane</name>
    <message>
        <source>Show in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder with a compose file (Ctrl+O), a compose file (Ctrl+Shift+O) or a workspace, or drop files here. Then choose a stack in the sidebar.</source>
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
        <source>On %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stack could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::StackTabs</name>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::TopologyFilterBar</name>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::TopologyMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leitstand::TopologyView</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Graphviz DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no services under the active profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>Laying out %n service…</numerusform>
            <numerusform>Laying out %n services…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing a simple tiered layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export topology</source>
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
    <message>
        <source>Compose files and folders opened from this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
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
        <source>Open Compose Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the manifests into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no manifests written by Leitstand; choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationReviewer</name>
    <message>
        <source>mounts %1: Kubernetes nodes run no Docker daemon to talk to; replace what it does through the socket with the Kubernetes API (a ServiceAccount with narrow RBAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binds the host path %1 to %2; replace it with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 keeps its data in the host folder %2; copy it into the PersistentVolumeClaim %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 is also mounted by %2: its PersistentVolumeClaim needs ReadWriteMany storage, and one claim serves only one namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the compose secret %1: create the Secret %2 (kubectl create secret generic %2 --from-file=...) before applying; it is mounted at /run/secrets/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs privileged, which the baseline and restricted Pod Security Standards reject; grant the single capabilities it needs instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the host&apos;s process namespace (pid: host), which Pod Security Standards reject outside privileged namespaces; as a node agent it belongs in a DaemonSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no health check, so its pods get no readiness or liveness probe and count as ready as soon as they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets no CPU or memory limits (deploy.resources); the scheduler cannot place it well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only built from %1 and names no image; build it, push it to a registry the cluster can pull from and set image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is built on the host from %2; push it to a registry the cluster can pull from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the host&apos;s network (network_mode: host): its ports would collide on every node; publish them through its Service instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares the network of %1: run both containers in one pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the fixed address %1 on network %2; pods get their addresses from the cluster, so clients must use the Service name %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reach it by its container name %2, which does not exist in Kubernetes; use the Service name %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Service is called %1, as Kubernetes names allow only lowercase letters, digits and &quot;-&quot;; clients using %2 must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1 to complete, which becomes a Job; apply it first and wait for it (kubectl wait --for=condition=complete job/%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamingLinter</name>
    <message>
        <source>container name &quot;%1&quot; has no &quot;%2-&quot; prefix; the naming scheme gives &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; uses the prefix &quot;%2&quot; instead of &quot;%3-&quot;; the naming scheme gives &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; does not follow &quot;%2&quot;; the naming scheme gives &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the name is also claimed by &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prefix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container names use %1 different prefixes (%2); the naming scheme uses &quot;%3-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; is named &quot;%2&quot;; the naming scheme gives &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
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
    <name>PortMatrixWriter</name>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPOSURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n conflict:</numerusform>
            <numerusform>%n conflicts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortPlanWriter</name>
    <message>
        <source>STACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(range full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every published port follows the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched by any category of the scheme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortSchemeLinter</name>
    <message>
        <source>publishes port %1 outside the range %2-%3 of &quot;%4&quot;, and that range has no free port left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishes port %1 outside the range %2-%3 of &quot;%4&quot;; suggested port: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortSchemeReader</name>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a port between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the port scheme &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port scheme must be a mapping with &quot;categories&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reserved&quot; must be a list of ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping with &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; matches nothing: give &quot;services&quot; or &quot;images&quot; patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot;: &quot;ports&quot; must be a range FIRST-LAST of ports 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern must be a non-empty string</source>
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
    <name>PortsCommand</name>
    <message>
        <source>List published ports, their exposure and clashes; plan moves into a port scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file; check all stacks of --host together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host of the workspace to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port scheme file (default: the built-in scheme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the moves into the port scheme instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the moves as a compose override file (with --workspace: a folder, one file per stack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the built-in port scheme (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace and --host go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace takes the stacks from the workspace file; drop -f, --project-directory, --env-file and -p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 port move(s) written to %3</source>
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
    <name>ProjectReviewWriter</name>
    <message>
        <source>Kubernetes readiness: %1/100

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 in %3, score %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
Lints: %n finding(s)
</source>
        <translation>
            <numerusform>
Lints: %n finding
</numerusform>
            <numerusform>
Lints: %n findings
</numerusform>
        </translation>
    </message>
    <message>
        <source>(project)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Review a project for a move to Kubernetes and list its lints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json or text (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyLinter</name>
    <message>
        <source>mounts the Docker socket (%1 at %2): whoever takes over this container controls every container and the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs privileged: the container has every capability and all host devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares the host&apos;s process namespace (pid: host): it sees and can signal every process of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the host&apos;s network (network_mode: host): every port it opens is open on the host, past Docker&apos;s port publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published on %2, reachable from every network the host is on; bind it to 127.0.0.1 or a VPN address, or put it behind an authenticating proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written into the compose file in plain text; move the value to .env (kept out of version control) or a secret and refer to it as ${%1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetailsSections</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(built locally)</source>
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
        <source>Entrypoint</source>
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
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: full access to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposed to the project&apos;s networks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: dependents can only wait for the container to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode</source>
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
    <name>ServiceKindClassifier</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside world</source>
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
    <name>SshAuthenticator</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no login methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the RSA key. RSA keys are signed with SHA-1 by this libssh2 version, which the server refuses; use an ed25519 or ecdsa key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused every login method tried (the server offers: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh-agent at %1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publickey (ssh-agent: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase for the encrypted key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publickey (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshChannelTask</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not start in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host did not open a channel in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host did not close the channel in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host refused a channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host refused a tunnel to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host refused to run the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading from the host failed (libssh2 error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to the host failed (libssh2 error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading from the tunnel failed (libssh2 error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one value, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad port &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigReader</name>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: this is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh configuration is too large to be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host needs at least one pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes nested more than %1 deep (do they include each other?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshHostKeyVerifier</name>
    <message>
        <source>%1 sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 key %3); accept it explicitly to record it in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED: known_hosts (%2) holds %3, the server offers %4 key %5. Nothing was sent. Someone may be intercepting the connection, or the host was reinstalled; replace the key deliberately only after checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the trusted host keys in %1 (%2); refusing to connect to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 key %2 offered by %3 is marked @revoked in %4 (%5); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshHostResolver</name>
    <message>
        <source>%1 is reached through a ProxyCommand in ~/.ssh/config, which Leitstand does not run; use ProxyJump instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump hop &quot;%1&quot; of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSessionSetup</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSocketConnector</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 port %2 in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
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
    <message>
        <source>Select HOST/STACK or HOST/STACK/SERVICE at start (&quot;Local files&quot; is the host of opened paths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tab NAME at start: topology, services, ports, review or editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use MODE (system, light or dark) for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;; choose one of: system, light, dark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TailscalePeers</name>
    <message>
        <source>tailscale printed no status JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale is not running here (state: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tailscale command is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tailscale status did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tailscale status failed: %1</source>
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
    <name>TopologyBuilder</name>
    <message>
        <source>%1 (outside this project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyDiagramBuilder</name>
    <message>
        <source>built locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by profiles, but others depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network_mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on every address (internet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1/%2 clashes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reaches %n service(s)</source>
        <translation>
            <numerusform>reaches %n service</numerusform>
            <numerusform>reaches %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyEdgeItem</name>
    <message>
        <source>Waits until healthy (depends_on: service_healthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until started (depends_on: service_started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until completed (depends_on: service_completed_successfully)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses (inferred from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from outside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyExporter</name>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the drawing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology exported by Leitstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyNodeItem</name>
    <message>
        <source>Networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up tier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyZoneItem</name>
    <message>
        <source>Network %1: internal, no route to the outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (internal)</source>
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
    <name>VersionedFileWriter</name>
    <message>
        <source>cannot read the current version to keep it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for previous versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
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
    <name>WorkspaceHostProjects</name>
    <message>
        <source>stack &quot;%1&quot; of host &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no host &quot;%1&quot; (hosts: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <source>Opened projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local files</source>
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
    <name>WorkspaceSession</name>
    <message>
        <source>Opened files</source>
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
