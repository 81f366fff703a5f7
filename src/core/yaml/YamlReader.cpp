#include "YamlReader.h"

#include "YamlTreeBuilder.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace Leitstand {

namespace {

// Lets yaml-cpp read the bytes in place instead of copying them into a stringstream.
class ByteArrayStreamBuffer final : public std::streambuf
{
public:
    explicit ByteArrayStreamBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

// Returns the byte offset of the first byte that is not valid UTF-8 text or is a NUL, or -1.
qsizetype firstInvalidByte(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            length = 2;
        else if ((c & 0xF0) == 0xE0)
            length = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            length = 4;
        else
            return i;
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        ++i;
        i += length - 1;
    }
    return -1;
}

SourceLocation locationOfOffset(const QByteArray &bytes, qsizetype offset, const QString &file)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return SourceLocation{file, line, column};
}

} // namespace

Expected<YamlNode> YamlReader::readFile(const QString &path, const YamlReadLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(YamlReader::tr("file not found"), SourceLocation{path});
    if (info.isDir())
        return Error(YamlReader::tr("is a folder, not a file"), SourceLocation{path});
    if (info.size() > limits.maxFileBytes) {
        return Error(YamlReader::tr("the file is %1 MiB; compose files over %2 MiB are refused")
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(limits.maxFileBytes / (1024 * 1024)),
                     SourceLocation{path});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(YamlReader::tr("cannot read the file: %1").arg(file.errorString()), SourceLocation{path});
    // Read one byte past the limit so a file that grew since the stat is still caught.
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(YamlReader::tr("cannot read the file: %1").arg(file.errorString()), SourceLocation{path});
    return readText(bytes, path, limits);
}

Expected<YamlNode> YamlReader::readText(const QByteArray &text, const QString &fileName, const YamlReadLimits &limits)
{
    if (text.size() > limits.maxFileBytes) {
        return Error(YamlReader::tr("the text is larger than %1 MiB").arg(limits.maxFileBytes / (1024 * 1024)),
                     SourceLocation{fileName});
    }
    if (const qsizetype bad = firstInvalidByte(text); bad >= 0) {
        return Error(YamlReader::tr("not a text file: byte 0x%1 is not valid UTF-8 text")
                         .arg(static_cast<unsigned char>(text.at(bad)), 2, 16, QLatin1Char('0')),
                     locationOfOffset(text, bad, fileName));
    }

    auto file = std::make_shared<const QString>(fileName);
    Internal::YamlTreeBuilder builder(file, limits);
    ByteArrayStreamBuffer buffer(text);
    std::istream stream(&buffer);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Internal::YamlBuildError &error) {
        return Error(error.message(), error.mark().toLocation());
    } catch (const YAML::Exception &error) {
        return Error(YamlReader::tr("invalid YAML: %1").arg(QString::fromStdString(error.msg)),
                     SourceLocation{fileName, error.mark.line + 1, error.mark.column + 1});
    } catch (const std::exception &error) {
        return Error(YamlReader::tr("invalid YAML: %1").arg(QString::fromLocal8Bit(error.what())),
                     SourceLocation{fileName});
    }
    if (!builder.hasRoot())
        return YamlNode::null(YamlMark{file, 1, 1});
    return builder.takeRoot();
}

} // namespace Leitstand
