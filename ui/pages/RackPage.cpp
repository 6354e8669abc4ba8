#include "RackPage.h"

#include "UiContext.h"
#include "common/Clock.h"
#include "pages/rack/RackBlockPainter.h"
#include "pages/rack/RackElevationView.h"
#include "services/DataCentreService.h"
#include "widgets/DocumentActions.h"
#include "widgets/DocumentSource.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/RequestWorkflow.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
const QString kNocKey = QStringLiteral("rack/noc");
const QString kZoomKey = QStringLiteral("rack/zoom"); // a number, or absent when fitting

QAction *pageAction(const QIcon &icon, const QString &text, const QKeySequence &shortcut,
                    const QString &objectName, QObject *parent)
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty() ? text
                                          : QStringLiteral("%1 (%2)").arg(
                                                text, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

// One legend entry: a swatch painted as the view paints the state, and its word.
QWidget *legendEntry(const RackBlockLook &look, const QString &word, bool free, QWidget *parent)
{
    auto *entry = new QWidget(parent);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QPixmap swatch(28, 14);
    swatch.fill(Qt::transparent);
    {
        QPainter painter(&swatch);
        if (free) {
            painter.fillRect(swatch.rect(), QColor(0xfb, 0xfb, 0xfb));
            painter.setPen(QColor(0x9a, 0x9a, 0x9a));
            painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
        } else {
            RackBlockPainter::paintBlock(painter, QRectF(swatch.rect()), look, 1.0);
        }
    }
    auto *icon = new QLabel(entry);
    icon->setPixmap(swatch);
    layout->addWidget(icon);
    layout->addWidget(new QLabel(word, entry));
    return entry;
}
} // namespace

RackPage::RackPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Racks"), this)),
      m_message(new MessageBar(this)), m_nocChooser(new QComboBox(this)),
      m_view(new RackElevationView(this)), m_documents(new DocumentActions(context, this)),
      m_fitAction(pageAction(style()->standardIcon(QStyle::SP_TitleBarMaxButton),
                             tr("Fit to window"), QKeySequence(Qt::CTRL | Qt::Key_0),
                             QStringLiteral("rackFitAction"), this)),
      m_zoomInAction(pageAction(QIcon(), tr("Zoom in"), QKeySequence::ZoomIn,
                                QStringLiteral("rackZoomInAction"), this)),
      m_zoomOutAction(pageAction(QIcon(), tr("Zoom out"), QKeySequence::ZoomOut,
                                 QStringLiteral("rackZoomOutAction"), this)),
      // A printer, not the floppy disk of saving: the theme's, or the one bundled.
      m_printAction(pageAction(QIcon::fromTheme(QStringLiteral("document-print"),
                                                QIcon(QStringLiteral(":/icons/print.svg"))),
                               tr("Print"), QKeySequence::Print, QStringLiteral("rackPrintAction"),
                               this))
{
    setObjectName(QStringLiteral("rackPage"));
    m_nocChooser->setObjectName(QStringLiteral("nocChooser"));
    m_nocChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QAction *action : {m_fitAction, m_zoomInAction, m_zoomOutAction, m_printAction}) {
        m_title->addAction(action);
        addAction(action);
    }
    m_printAction->setToolTip(tr("Preview and print the rack elevation of this NOC"));

    connect(m_fitAction, &QAction::triggered, m_view, &RackElevationView::fitToWindow);
    connect(m_fitAction, &QAction::triggered, this, &RackPage::rememberZoom);
    connect(m_zoomInAction, &QAction::triggered, m_view, &RackElevationView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &RackElevationView::zoomOut);
    connect(m_printAction, &QAction::triggered, this, &RackPage::print);
    connect(m_view, &RackElevationView::zoomChanged, this, &RackPage::rememberZoom);
    connect(m_view, &RackElevationView::openAssetRequested, this, &RackPage::openAssetRequested);
    connect(m_view, &RackElevationView::openRequestRequested, this,
            &RackPage::openRequestRequested);
    connect(m_nocChooser, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kNocKey, noc());
        showNoc();
    });
    // Redrawn when the workflow (or, on PostgreSQL, another admin) moves a placement.
    if (ChangeNotifier *notifier = context.workflow.notifier()) {
        connect(notifier, &ChangeNotifier::placementChanged, this, &RackPage::reload);
        connect(notifier, &ChangeNotifier::outsideChange, this, &RackPage::reload);
    }

    auto *chooserLine = new QHBoxLayout;
    auto *nocLabel = new QLabel(tr("NOC:"), this);
    nocLabel->setBuddy(m_nocChooser);
    chooserLine->addWidget(nocLabel);
    chooserLine->addWidget(m_nocChooser);
    chooserLine->addStretch(1);
    // The legend on a line of its own under the NOC chooser: a long NOC name cannot push it
    // out of the page, so it is never cut off at 1366 x 768.
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("rackLegend"));
    auto *legendLine = new QHBoxLayout(legend);
    legendLine->setContentsMargins(0, 0, 0, 0);
    legendLine->addWidget(legendEntry({}, tr("Active (the server's name)"), false, legend));
    legendLine->addSpacing(12);
    legendLine->addWidget(legendEntry({true, false, false}, tr("Reserved"), false, legend));
    legendLine->addSpacing(12);
    legendLine->addWidget(legendEntry({false, true, false}, tr("Expired"), false, legend));
    legendLine->addSpacing(12);
    legendLine->addWidget(legendEntry({}, tr("Free"), true, legend));
    legendLine->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(chooserLine);
    layout->addWidget(legend);
    auto *dataCentre = new QAction(tr("Open Data centre"), this);
    dataCentre->setObjectName(QStringLiteral("rackDataCentreAction"));
    connect(dataCentre, &QAction::triggered, this, &RackPage::dataCentreRequested);
    m_empty = new EmptyState(m_view, this);
    m_empty->setObjectName(QStringLiteral("rackEmpty"));
    m_empty->setAction(dataCentre);
    layout->addWidget(m_empty, 1);
    m_view->setOccupantReader([this](const QList<qint64> &rackIds) {
        auto read = DataCentreService(m_context.db).rackOccupants(rackIds);
        if (!read.ok()) {
            m_message->showMessage(read.error().message);
            return QHash<qint64, QList<RackSlot>>();
        }
        return *read;
    });
    restoreZoom();
    reload();
}

QString RackPage::title() const
{
    return tr("Racks");
}

QList<QAction *> RackPage::mainActions() const
{
    return {m_fitAction, m_zoomInAction, m_zoomOutAction, m_printAction};
}

QString RackPage::noc() const
{
    return m_nocChooser->currentText();
}

void RackPage::reload()
{
    if (loadWhenShown())
        return;
    reloadNocs();
    showNoc();
}

void RackPage::reloadNocs()
{
    const auto nocs = DataCentreService(m_context.db).nocs();
    if (!nocs.ok())
        return m_message->showMessage(nocs.error().message);
    const QString wanted = noc().isEmpty() ? QSettings().value(kNocKey).toString() : noc();
    const QSignalBlocker blocker(m_nocChooser);
    m_nocChooser->clear();
    for (const Noc &room : *nocs)
        m_nocChooser->addItem(room.name);
    m_nocChooser->setCurrentIndex(std::max(0, m_nocChooser->findText(wanted)));
}

void RackPage::showNoc()
{
    m_printAction->setEnabled(!noc().isEmpty());
    m_nocChooser->setEnabled(m_nocChooser->count() > 0); // no blank choice to open
    if (noc().isEmpty()) {
        m_view->setRacks({}, m_context.clock.today());
        m_message->hideMessage();
        m_empty->setMessage(tr("No NOC yet. Add the NOCs and their racks under Data centre."));
        return m_empty->setEmpty(true);
    }
    // The racks with their totals now, what sits in them as they come into view.
    const auto racks = DataCentreService(m_context.db).rackElevations(noc());
    if (!racks.ok())
        return m_message->showMessage(racks.error().message);
    m_message->hideMessage();
    m_empty->setMessage(tr("%1 has no rack yet. Add its racks under Data centre.").arg(noc()));
    m_empty->setEmpty(racks->isEmpty());
    m_view->setRacks(*racks, m_context.clock.today());
}

void RackPage::print()
{
    DocumentOrder order;
    order.kind = DocumentKind::RackView;
    order.noc = noc();
    order.paper = DocumentSource(m_context.db).defaultPaper();
    m_documents->preview(order); // previewing issues no number; printing from there does
}

void RackPage::rememberZoom() const
{
    QSettings settings;
    if (m_view->fitsWindow())
        settings.remove(kZoomKey);
    else
        settings.setValue(kZoomKey, m_view->zoom());
}

void RackPage::restoreZoom()
{
    const QVariant zoom = QSettings().value(kZoomKey);
    if (zoom.isValid())
        m_view->setZoom(zoom.toDouble());
}

} // namespace kolokasi
