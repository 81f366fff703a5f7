#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct TranslationProblems
{
    int messages = 0;
    QStringList unfinished; // source texts without a finished translation
};

// Reads a Qt Linguist .ts file. With numerusOnly, plain messages may stay untranslated (English
// falls back to the source text) but every plural form must be written.
TranslationProblems inspect(const QString &path, bool numerusOnly)
{
    TranslationProblems problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.unfinished.append(QStringLiteral("cannot open %1").arg(path));
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++problems.messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (numerusOnly && !numerus)
                continue;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QStringList texts;
            if (numerus) {
                while (xml.readNextStartElement())
                    texts.append(xml.readElementText());
            } else {
                texts.append(xml.readElementText());
            }
            const bool anyEmpty = std::any_of(
                texts.cbegin(), texts.cend(), [](const QString &text) { return text.trimmed().isEmpty(); });
            if (unfinished || texts.isEmpty() || anyEmpty)
                problems.unfinished.append(source);
        }
    }
    if (xml.hasError())
        problems.unfinished.append(xml.errorString());
    return problems;
}

QString translationFile(const char *name)
{
    return QStringLiteral(LEITSTAND_SOURCE_DIR "/translations/") + QLatin1String(name);
}

} // namespace

TEST(TranslationFilesTest, GermanIsComplete)
{
    const TranslationProblems problems = inspect(translationFile("leitstand_de.ts"), false);
    EXPECT_GT(problems.messages, 0);
    EXPECT_TRUE(problems.unfinished.isEmpty()) << qPrintable(problems.unfinished.join(QLatin1Char('\n')));
}

TEST(TranslationFilesTest, EnglishHasEveryPluralForm)
{
    const TranslationProblems problems = inspect(translationFile("leitstand_en.ts"), true);
    EXPECT_GT(problems.messages, 0);
    EXPECT_TRUE(problems.unfinished.isEmpty()) << qPrintable(problems.unfinished.join(QLatin1Char('\n')));
}
