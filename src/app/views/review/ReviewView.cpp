#include "ReviewView.h"

#include "ManifestExportJob.h"
#include "NamespaceGroupingModel.h"
#include "ReviewLintFilterProxyModel.h"
#include "ReviewLintModel.h"
#include "ReviewScoreModel.h"
#include "workspace/LoadedStack.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Leitstand {

ReviewView::ReviewView(QWidget *parent)
    : StackView(parent)
    , m_scoreModel(new ReviewScoreModel(this))
    , m_namespaceModel(new NamespaceGroupingModel(this))
    , m_lintModel(new ReviewLintModel(this))
    , m_lintProxy(new ReviewLintFilterProxyModel(this))
    , m_exportJob(new ManifestExportJob(this))
{
    setObjectName(QStringLiteral("reviewView"));
    m_lintProxy->setSourceModel(m_lintModel);

    m_scoreTreeView = new QTreeView(this);
    m_scoreTreeView->setObjectName(QStringLiteral("reviewScoreTreeView"));
    m_scoreTreeView->setModel(m_scoreModel);
    m_scoreTreeView->setAlternatingRowColors(true);
    m_scoreTreeView->setUniformRowHeights(true);
    m_scoreTreeView->header()->setStretchLastSection(true);

    m_namespaceTreeView = new QTreeView(this);
    m_namespaceTreeView->setObjectName(QStringLiteral("namespaceTreeView"));
    m_namespaceTreeView->setModel(m_namespaceModel);
    m_namespaceTreeView->setUniformRowHeights(true);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_scoreTreeView);
    upper->addWidget(m_namespaceTreeView);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(createLintPane());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(splitter, 1);

    connect(m_exportJob, &ManifestExportJob::finished, this, &ReviewView::handleExportFinished);
    connect(m_scoreTreeView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid() && !index.parent().parent().isValid())
            Q_EMIT serviceActivated(index.siblingAtColumn(ReviewScoreModel::NameColumn).data().toString());
    });
    connect(m_lintTableView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString service = index.siblingAtColumn(ReviewLintModel::ServiceColumn).data().toString();
        if (!service.isEmpty())
            Q_EMIT serviceActivated(service);
    });
}

ReviewView::~ReviewView() = default;

QWidget *ReviewView::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scoreLabel = new QLabel(header);
    m_scoreLabel->setObjectName(QStringLiteral("reviewScoreLabel"));
    QFont font = m_scoreLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_scoreLabel->setFont(font);
    layout->addWidget(m_scoreLabel);
    layout->addStretch(1);
    m_statusLabel = new QLabel(header);
    m_statusLabel->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);
    m_progressBar = new QProgressBar(header);
    m_progressBar->setRange(0, 0); // the writer reports no steps: a busy indicator
    m_progressBar->setMaximumWidth(120);
    m_progressBar->hide();
    layout->addWidget(m_progressBar);
    m_exportButton = new QPushButton(tr("Export manifests…"), header);
    m_exportButton->setObjectName(QStringLiteral("exportManifestsButton"));
    m_exportButton->setToolTip(tr("Write Kubernetes manifests for this stack, one file per namespace and kind"));
    m_exportButton->setEnabled(false);
    layout->addWidget(m_exportButton);
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewView::chooseExportFolder);
    return header;
}

QWidget *ReviewView::createLintPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Lints"), pane);
    bar->addWidget(title);
    m_lintFilterLineEdit = new QLineEdit(pane);
    m_lintFilterLineEdit->setObjectName(QStringLiteral("lintFilterLineEdit"));
    m_lintFilterLineEdit->setPlaceholderText(tr("Filter by code, service or message"));
    m_lintFilterLineEdit->setClearButtonEnabled(true);
    bar->addWidget(m_lintFilterLineEdit, 1);
    m_areaComboBox = new QComboBox(pane);
    m_areaComboBox->setObjectName(QStringLiteral("lintAreaComboBox"));
    m_areaComboBox->addItem(tr("All areas"));
    for (const QString &area : ReviewLintModel::areas())
        m_areaComboBox->addItem(ReviewLintModel::areaText(area), area);
    bar->addWidget(m_areaComboBox);
    layout->addLayout(bar);

    m_lintTableView = new QTableView(pane);
    m_lintTableView->setObjectName(QStringLiteral("lintTableView"));
    m_lintTableView->setModel(m_lintProxy);
    m_lintTableView->setSortingEnabled(true);
    m_lintTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lintTableView->verticalHeader()->hide();
    m_lintTableView->horizontalHeader()->setStretchLastSection(true);
    m_lintTableView->setWordWrap(false);
    layout->addWidget(m_lintTableView, 1);

    connect(m_lintFilterLineEdit, &QLineEdit::textChanged, m_lintProxy, &ReviewLintFilterProxyModel::setText);
    connect(m_areaComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_lintProxy->setArea(m_areaComboBox->currentData().toString());
    });
    return pane;
}

void ReviewView::showStack(const LoadedHost *host, const LoadedStack &stack)
{
    Q_UNUSED(host) // the review is about one stack; clashes across stacks are the Ports tab's
    if (!stack.isLoaded()) {
        m_project.reset();
        m_scoreModel->clear();
        m_namespaceModel->setReview({});
        m_lintModel->setFindings({});
        m_scoreLabel->setText(tr("No review"));
        m_statusLabel->setText(tr("%1 could not be loaded: %2").arg(stack.definition.name, stack.error.message()));
        m_exportButton->setEnabled(false);
        return;
    }
    m_project = stack.project->project;
    const Analysis::ProjectReviewResult review
        = Analysis::ProjectReview::run(*m_project, Analysis::ProjectReview::defaultLints());
    m_scoreModel->setReview(stack.definition.name, review.migration);
    m_namespaceModel->setReview(review.migration);
    m_lintModel->setFindings(review.lints);
    m_scoreTreeView->expandToDepth(0);
    for (int column = 0; column < ReviewScoreModel::DetailsColumn; ++column)
        m_scoreTreeView->resizeColumnToContents(column);
    m_namespaceTreeView->expandAll();
    m_namespaceTreeView->resizeColumnToContents(NamespaceGroupingModel::NameColumn);
    m_lintTableView->resizeColumnsToContents();

    int blockers = 0;
    for (const Analysis::ServiceMigration &service : review.migration.services)
        blockers += int(service.blockers.size());
    m_scoreLabel->setText(tr("Kubernetes readiness: %1 / 100").arg(review.migration.score));
    m_statusLabel->setText(blockers == 0 ? tr("No blockers")
                                         : tr("%n blocker(s) to resolve before the move", nullptr, blockers));
    m_exportButton->setEnabled(!m_exportJob->isRunning());
}

void ReviewView::selectService(const QString &serviceName)
{
    const QModelIndex index = m_scoreModel->serviceIndex(serviceName);
    if (!index.isValid()) {
        m_scoreTreeView->clearSelection();
        return;
    }
    m_scoreTreeView->setCurrentIndex(index);
    m_scoreTreeView->scrollTo(index);
}

QString ReviewView::scoreText() const
{
    return m_scoreLabel->text();
}

QString ReviewView::statusText() const
{
    return m_statusLabel->text();
}

bool ReviewView::exportManifests(const QString &directory)
{
    if (!m_project || !m_exportJob->start(*m_project, directory))
        return false;
    m_exportButton->setEnabled(false);
    m_progressBar->show();
    m_statusLabel->setText(tr("Writing manifests to %1…").arg(QDir::toNativeSeparators(directory)));
    return true;
}

void ReviewView::chooseExportFolder()
{
    const QString suggested = m_project ? QDir(m_project->workingDirectory).filePath(QStringLiteral("k8s")) : QString();
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export manifests to"), suggested);
    if (!directory.isEmpty())
        exportManifests(directory);
}

void ReviewView::handleExportFinished(const QString &directory, int objectCount, const QString &errorMessage)
{
    m_progressBar->hide();
    m_exportButton->setEnabled(m_project.has_value());
    if (errorMessage.isEmpty()) {
        m_statusLabel->setText(
            tr("Wrote %n object(s) to %1.", nullptr, objectCount).arg(QDir::toNativeSeparators(directory)));
    } else {
        m_statusLabel->setText(tr("Manifests not written: %1").arg(errorMessage));
    }
    Q_EMIT exportFinished(errorMessage.isEmpty());
}

} // namespace Leitstand
