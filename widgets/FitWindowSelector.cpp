#include "widgets/FitWindowSelector.h"

#include <qcustomplot.h>

namespace tx::widgets {

namespace {
constexpr double kGrabPixels = 8.0;
}

FitWindowSelector::FitWindowSelector(QCustomPlot* plot, const QString& label, const QColor& colour)
    : QObject(plot), m_plot(plot), m_band(new QCPItemRect(plot)),
      m_lowLine(new QCPItemStraightLine(plot)), m_highLine(new QCPItemStraightLine(plot)) {
    QColor fill = colour;
    fill.setAlpha(90);
    m_band->setBrush(QBrush(fill, Qt::BDiagPattern)); // hatched: stays readable over shading
    m_band->setPen(Qt::NoPen);
    m_band->setLayer("background");
    m_band->setSelectable(false);
    for (auto* line : {m_lowLine, m_highLine}) {
        line->setPen(QPen(colour, 2, Qt::DashLine));
        line->setSelectable(false);
    }
    m_band->setObjectName(label);
    for (QObject* item : {static_cast<QObject*>(m_band), static_cast<QObject*>(m_lowLine),
                          static_cast<QObject*>(m_highLine)})
        item->setProperty("persistent", true); // survives redraws of the plot
    connect(plot, &QCustomPlot::mousePress, this, &FitWindowSelector::onPress);
    connect(plot, &QCustomPlot::mouseMove, this, &FitWindowSelector::onMove);
    connect(plot, &QCustomPlot::mouseRelease, this, &FitWindowSelector::onRelease);
    place();
}

void FitWindowSelector::setWindow(double low, double high) {
    m_low = std::min(low, high);
    m_high = std::max(low, high);
    place();
}

void FitWindowSelector::setVisible(bool visible) {
    m_band->setVisible(visible);
    m_lowLine->setVisible(visible);
    m_highLine->setVisible(visible);
}

void FitWindowSelector::place() {
    m_band->topLeft->setType(QCPItemPosition::ptPlotCoords);
    m_band->bottomRight->setType(QCPItemPosition::ptPlotCoords);
    m_band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_band->topLeft->setCoords(m_low, 0);
    m_band->bottomRight->setCoords(m_high, 1);
    m_lowLine->point1->setCoords(m_low, 0);
    m_lowLine->point2->setCoords(m_low, 1);
    m_highLine->point1->setCoords(m_high, 0);
    m_highLine->point2->setCoords(m_high, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FitWindowSelector::dragHandleTo(bool lowHandle, double x) {
    m_dragging = lowHandle ? Low : High;
    if (lowHandle)
        m_low = std::min(x, m_high);
    else
        m_high = std::max(x, m_low);
    place();
    emit windowChanged(m_low, m_high);
}

void FitWindowSelector::finishDrag() {
    if (m_dragging == None)
        return;
    m_dragging = None;
    m_plot->setInteraction(QCP::iRangeDrag, true);
    emit windowEdited(m_low, m_high);
}

void FitWindowSelector::onPress(QMouseEvent* event) {
    if (!m_band->visible() || event->button() != Qt::LeftButton)
        return;
    const double x = event->position().x();
    const double lowPx = m_plot->xAxis->coordToPixel(m_low);
    const double highPx = m_plot->xAxis->coordToPixel(m_high);
    if (std::abs(x - lowPx) <= kGrabPixels)
        m_dragging = Low;
    else if (std::abs(x - highPx) <= kGrabPixels)
        m_dragging = High;
    if (m_dragging != None)
        m_plot->setInteraction(QCP::iRangeDrag, false); // the handle moves, not the view
}

void FitWindowSelector::onMove(QMouseEvent* event) {
    if (m_dragging == None)
        return;
    dragHandleTo(m_dragging == Low, m_plot->xAxis->pixelToCoord(event->position().x()));
}

void FitWindowSelector::onRelease(QMouseEvent*) {
    finishDrag();
}

} // namespace tx::widgets
