#pragma once

#include <QStringList>
#include <QtMessageHandler>

// Collects what QAbstractItemModelTester reports in its Warning mode, so a gtest can fail with
// the tester's own words instead of aborting the process (Fatal) or needing QTest's runner.
class ModelTesterWarnings final
{
public:
    ModelTesterWarnings();
    ~ModelTesterWarnings();
    ModelTesterWarnings(const ModelTesterWarnings &) = delete;
    ModelTesterWarnings &operator=(const ModelTesterWarnings &) = delete;

    QStringList messages() const;

private:
    QtMessageHandler m_previousHandler = nullptr;
};
