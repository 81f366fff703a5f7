// Feeds arbitrary bytes through the whole compose loader: YAML reading, merge keys,
// interpolation, normalisation and the typed model. Any crash, hang or sanitizer report is a
// bug; errors are the expected outcome for most inputs.
#include "core/compose/ComposeLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QTemporaryDir &projectDirectory()
{
    static QTemporaryDir directory;
    return directory;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = QDir(projectDirectory().path()).filePath(QStringLiteral("compose.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();

    Leitstand::ComposeLoadOptions options;
    options.files = {path};
    options.projectName = QStringLiteral("fuzz");
    options.environment.insert(QStringLiteral("TAG"), QStringLiteral("1.0"));
    const auto loaded = Leitstand::ComposeLoader::load(options);
    if (!loaded)
        (void)loaded.error().toString();
    return 0;
}
