#include "app/workbench/GuidedTour.h"

#include "app/workbench/MainWindow.h"
#include "app/workbench/pages/PageIds.h"
#include "widgets/TypesetText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tx::app {

namespace {
const char* const kContext = "tx::app::GuidedTour";
} // namespace

// The tour, step by step: page, framed widget, title, text (typeset: γ_τ, T_x, Δr_+).
const std::vector<TourStep>& GuidedTour::steps() {
    static const std::vector<TourStep> table = {
        {pageid::kStructure, "ensembleDock",
         QT_TRANSLATE_NOOP("tx::app::GuidedTour", "Load an ensemble"),
         QT_TRANSLATE_NOOP(
             "tx::app::GuidedTour",
             "The tree on the left is the ensemble: temperatures × replicas × segments, read "
             "from a folder (File → Open, or drop the folder on the window). The tour opened "
             "the bundled Kob–Andersen demo. Untick a replica to leave it out: every result "
             "follows.")},
        {pageid::kCorrelators, pageid::kCorrelators,
         QT_TRANSLATE_NOOP("tx::app::GuidedTour", "Correlators"),
         QT_TRANSLATE_NOOP(
             "tx::app::GuidedTour",
             "F_s(q, t) of single atoms, and F_+ and F_− of nearest-neighbour pairs: the "
             "centre of mass and the relative coordinate of each pair. Each decays with its "
             "own time, τ_+ and τ_−. The choice above the plot switches the channel; hover "
             "over a curve to read a value and its error.")},
        {pageid::kGammaTau, pageid::kGammaTau,
         QT_TRANSLATE_NOOP("tx::app::GuidedTour", "γ_τ(T) and T_x"),
         QT_TRANSLATE_NOOP(
             "tx::app::GuidedTour",
             "γ_τ = τ_+/τ_− against temperature. On cooling it first falls (liquid-like) and "
             "then rises (solid-like); its minimum is the crossover temperature T_x, with a "
             "bootstrap error. The table below gives each temperature with its error, and a "
             "flag where the data cannot support it.")},
        {pageid::kGammaTau, "resultsDock",
         QT_TRANSLATE_NOOP("tx::app::GuidedTour", "Drag the T_x window"),
         QT_TRANSLATE_NOOP(
             "tx::app::GuidedTour",
             "The shaded band on the γ_τ plot is the window of temperatures the minimum is "
             "fitted over. Drag either edge with the mouse: T_x, its error and this table "
             "follow at once. Edit → Undo takes a drag back.")},
        {pageid::kPairMobility3d, "showArrows",
         QT_TRANSLATE_NOOP("tx::app::GuidedTour", "The 3D view"),
         QT_TRANSLATE_NOOP(
             "tx::app::GuidedTour",
             "One segment in 3D: atoms coloured by how far they moved, pairs by their relative "
             "motion, on one colour scale for all lags. Tick the arrows to see, for a few "
             "pairs, the centre-of-mass displacement Δr_+ (black) and the relative one Δr_− "
             "(vermillion); click a pair, follow it, and press Play.")},
        {pageid::kTeaching, pageid::kTeaching,
         QT_TRANSLATE_NOOP("tx::app::GuidedTour", "Four paths"),
         QT_TRANSLATE_NOOP(
             "tx::app::GuidedTour",
             "Where your γ_τ(T) lies among the paper's four paths from the liquid to the glass, "
             "in plain words. View → Lecture mode makes everything large for a projector; "
             "Help → Tour shows this tour again.")},
    };
    return table;
}

GuidedTour::GuidedTour(MainWindow& window) : QFrame(&window), m_window(window) {
    setObjectName("guidedTour");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet("#guidedTour { background: #fffdf5; border: 2px solid #e69f00; "
                  "border-radius: 6px; }");
    auto* layout = new QVBoxLayout(this);
    m_counter = new QLabel;
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_body = new QLabel;
    m_body->setWordWrap(true);
    m_body->setObjectName("tourText");
    auto* buttons = new QHBoxLayout;
    auto* close = new QPushButton(tr("Close"));
    m_back = new QPushButton(tr("Back"));
    m_next = new QPushButton(tr("Next"));
    m_next->setDefault(true);
    buttons->addWidget(close);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(buttons);
    setFixedWidth(400);

    // The frame around what a step talks about: drawn over the window, clicks pass through.
    m_frame = new QWidget(&window);
    m_frame->setObjectName("tourFrame");
    m_frame->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_frame->setStyleSheet("#tourFrame { border: 4px solid #e69f00; border-radius: 4px; }");
    m_frame->setAttribute(Qt::WA_StyledBackground);

    connect(close, &QPushButton::clicked, this, &GuidedTour::finish);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_step + 1 < int(steps().size()))
            showStep(m_step + 1);
        else
            finish();
    });
    window.installEventFilter(this);
}

void GuidedTour::showStep(int index) {
    m_step = std::clamp(index, 0, int(steps().size()) - 1);
    const TourStep& s = steps()[std::size_t(m_step)];
    if (m_window.state().reading.ensemble.empty())
        m_window.openDemo(); // the tour walks through the demo when nothing is open
    m_window.showPage(QString::fromLatin1(s.page));
    m_target = m_window.findChild<QWidget*>(QString::fromLatin1(s.target));
    if (!m_target || !m_target->isVisible()) // a dock closed, lecture mode, no OpenGL
        m_target = m_window.findChild<QWidget*>(QString::fromLatin1(s.page));
    m_counter->setText(tr("Tour: step %1 of %2").arg(m_step + 1).arg(steps().size()));
    m_title->setText(titleText());
    m_body->setText(bodyText());
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 < int(steps().size()) ? tr("Next") : tr("Done"));
    show();
    place();
}

void GuidedTour::finish() {
    m_frame->hide();
    hide();
    emit closed();
}

QString GuidedTour::titleText() const {
    return widgets::typesetHtml(
        QCoreApplication::translate(kContext, steps()[std::size_t(m_step)].title));
}

QString GuidedTour::bodyText() const {
    return widgets::typesetHtml(
        QCoreApplication::translate(kContext, steps()[std::size_t(m_step)].text));
}

// The frame around the target (scrolled into view), and the panel in a corner of the pages
// that leaves the target uncovered: top right, else bottom right, top left, bottom left.
void GuidedTour::place() {
    layout()->activate(); // the wrapped text's height at the panel's width
    resize(width(), std::max(sizeHint().height(), heightForWidth(width())));
    QRect framed;
    if (m_target && m_target->isVisible()) {
        for (QWidget* w = m_target->parentWidget(); w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(m_target, 0, 0);
                break;
            }
        const QRect r(m_target->mapTo(&m_window, QPoint(0, 0)), m_target->size());
        framed = r.adjusted(-3, -3, 3, 3).intersected(m_window.rect());
        m_frame->setGeometry(framed);
        m_frame->show();
        m_frame->raise();
    } else {
        m_frame->hide();
    }
    const QRect pages(m_window.pages()->mapTo(&m_window, QPoint(0, 0)), m_window.pages()->size());
    const int right = std::max(0, pages.right() - width() - 16), left = pages.left() + 16;
    const int top = pages.top() + 36, bottom = std::max(top, pages.bottom() - height() - 16);
    const QPoint corners[4] = {{right, top}, {right, bottom}, {left, top}, {left, bottom}};
    QPoint chosen = corners[0];
    // A target as large as the pages is covered anyway; it is framed.
    const bool wholePage = framed.width() * framed.height() > pages.width() * pages.height() / 2;
    for (const QPoint& corner : corners)
        if (wholePage || !QRect(corner, size()).intersects(framed)) {
            chosen = corner;
            break;
        }
    move(chosen);
    raise();
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_window && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace tx::app
