#include "SaveReviewDialog.h"

#include "DiffHighlighter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Leitstand {

namespace {

QIcon severityIcon(const QStyle *style, Analysis::Finding::Severity severity)
{
    switch (severity) {
    case Analysis::Finding::Severity::Blocker:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Analysis::Finding::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Analysis::Finding::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

SaveReviewDialog::SaveReviewDialog(const SaveReview &review, QWidget *parent)
    : QDialog(parent)
    , m_risks(new QListWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveReviewDialog"));
    setWindowTitle(tr("Review the change"));
    auto *layout = new QVBoxLayout(this);

    auto *riskLabel = new QLabel(this);
    riskLabel->setObjectName(QStringLiteral("riskSummaryLabel"));
    riskLabel->setWordWrap(true);
    if (!review.loadsAfter) {
        riskLabel->setText(tr("The edited stack does not load, so what it adds cannot be judged: %1")
                               .arg(review.afterError.toString()));
    } else if (review.risks.isEmpty()) {
        riskLabel->setText(tr("This change adds no host access and no exposure."));
    } else {
        riskLabel->setText(
            tr("This change adds host access or exposure (%n finding(s)):", nullptr, int(review.risks.size())));
    }
    layout->addWidget(riskLabel);

    m_risks->setObjectName(QStringLiteral("riskListWidget"));
    for (const Analysis::Finding &risk : review.risks) {
        const QString where = risk.service.isEmpty() ? tr("project") : risk.service;
        auto *item
            = new QListWidgetItem(severityIcon(style(), risk.severity), tr("%1: %2").arg(where, risk.message), m_risks);
        item->setData(Qt::UserRole, risk.code);
        item->setToolTip(risk.location.toString());
    }
    m_risks->setVisible(!review.risks.isEmpty());
    m_risks->setMaximumHeight(m_risks->sizeHintForRow(0) * std::min<int>(6, int(review.risks.size())) + 8);
    layout->addWidget(m_risks);

    if (review.needsInvalidOverride()) {
        m_saveInvalid = new QCheckBox(tr("Save anyway: the files on disk load, the edited ones do not"), this);
        m_saveInvalid->setObjectName(QStringLiteral("saveInvalidCheckBox"));
        connect(m_saveInvalid, &QCheckBox::toggled, this, &SaveReviewDialog::updateSaveButton);
        layout->addWidget(m_saveInvalid);
    }
    if (review.needsOverwriteConfirmation()) {
        QStringList changed;
        for (const SaveReview::FileChange &file : review.files) {
            if (file.changedOnDisk)
                changed.append(QFileInfo(file.path).fileName());
        }
        m_overwrite = new QCheckBox(
            tr("Overwrite %1, changed on disk since it was opened here").arg(changed.join(QStringLiteral(", "))), this);
        m_overwrite->setObjectName(QStringLiteral("overwriteCheckBox"));
        connect(m_overwrite, &QCheckBox::toggled, this, &SaveReviewDialog::updateSaveButton);
        layout->addWidget(m_overwrite);
    }

    m_diff->setObjectName(QStringLiteral("diffPlainTextEdit"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document());
    QString diffs;
    for (const SaveReview::FileChange &file : review.files)
        diffs += file.diff;
    m_diff->setPlainText(diffs);
    layout->addWidget(m_diff, 1);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(820, 620);
    updateSaveButton();
}

SaveDecision SaveReviewDialog::decision() const
{
    return SaveDecision{m_saveInvalid && m_saveInvalid->isChecked(), m_overwrite && m_overwrite->isChecked()};
}

void SaveReviewDialog::updateSaveButton()
{
    const bool confirmed = (!m_saveInvalid || m_saveInvalid->isChecked()) && (!m_overwrite || m_overwrite->isChecked());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(confirmed);
}

} // namespace Leitstand
