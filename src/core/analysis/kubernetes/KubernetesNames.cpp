#include "KubernetesNames.h"

#include "core/compose/normalize/GoDuration.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdint>

namespace Leitstand::Analysis {

namespace {

constexpr qsizetype MaxLabelLength = 63;

QString trimDashes(QString text)
{
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    while (text.startsWith(QLatin1Char('-')))
        text.remove(0, 1);
    return text;
}

QString dashed(const QString &name)
{
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9-]+"));
    return trimDashes(name.toLower().replace(invalid, QStringLiteral("-")));
}

} // namespace

QString KubernetesNames::label(const QString &name)
{
    QString text = dashed(name);
    if (text.isEmpty() || !text.front().isLetter())
        text.prepend(QStringLiteral("s-"));
    return trimDashes(text.left(MaxLabelLength));
}

QString KubernetesNames::derived(const QString &base, const QString &suffix)
{
    const QString tail = dashed(suffix).left(MaxLabelLength / 2);
    const QString head = label(base).left(MaxLabelLength - tail.size() - 1);
    return trimDashes(head) + QLatin1Char('-') + tail;
}

QString KubernetesNames::memoryQuantity(const QString &readable)
{
    static const QRegularExpression withUnit(QStringLiteral("^(\\d+) ([KMGT])iB$"));
    const QRegularExpressionMatch match = withUnit.match(readable.trimmed());
    if (match.hasMatch())
        return match.captured(1) + match.captured(2) + QLatin1Char('i');
    return readable.trimmed();
}

int KubernetesNames::seconds(const QString &duration, int fallback)
{
    if (duration.isEmpty())
        return fallback;
    const auto nanoseconds = Internal::GoDuration::parse(duration.toStdString());
    if (!nanoseconds)
        return fallback;
    constexpr std::int64_t NanosecondsPerSecond = 1000000000;
    const std::int64_t whole = (*nanoseconds + NanosecondsPerSecond - 1) / NanosecondsPerSecond;
    return static_cast<int>(std::max<std::int64_t>(1, whole));
}

} // namespace Leitstand::Analysis
