#pragma once

#include <QString>

namespace Leitstand::Analysis {

// Which environment variables hold secrets. Names are split into words at "_", "-" and ".";
// a name is secret when it has a word PASSWORD, PASSWD, PASS, SECRET, TOKEN, KEY, APIKEY or
// PASSPHRASE that only "BASE" may follow: SECRET_KEY_BASE and OPENAI_API_KEY are secret,
// KEYCLOAK_URL (no such word), MYSQL_PASSWORD_FILE and AWS_ACCESS_KEY_ID (something follows)
// are not.
class SecretRules final
{
public:
    static bool isSecretName(const QString &name);
    // Values that cannot be the secret itself: empty, a path to a file that holds it
    // (/run/secrets/db-password), or a flag (true, false, 0, 1).
    static bool isSecretValue(const QString &value);
    // A URL with a password in it: "postgresql://user:password@host/db".
    static bool hasCredentialsInUrl(const QString &value);
};

} // namespace Leitstand::Analysis
