#pragma once

#include "SaveReview.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;

namespace Leitstand {

// Shows what a save would do before it happens: the risks the change adds on top, the diff of
// every modified file below. When the edit does not load over a file that does, or a file was
// changed on disk meanwhile, Save stays disabled until the operator ticks the matching box.
class SaveReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SaveReviewDialog(const SaveReview &review, QWidget *parent = nullptr);

    SaveDecision decision() const;

private:
    void updateSaveButton();

    QListWidget *m_risks;
    QPlainTextEdit *m_diff;
    QCheckBox *m_saveInvalid = nullptr;
    QCheckBox *m_overwrite = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace Leitstand
