#pragma once
// A fit window drawn on a QCustomPlot as a shaded band between two handles that the user
// drags with the mouse. windowChanged fires while dragging (live refits), windowEdited once
// on release (one undo step per drag).
#include <QObject>
#include <QString>

class QCustomPlot;
class QCPItemRect;
class QCPItemStraightLine;
class QMouseEvent;

namespace tx::widgets {

class FitWindowSelector : public QObject {
    Q_OBJECT
public:
    FitWindowSelector(QCustomPlot* plot, const QString& label, const QColor& colour);
    void setWindow(double low, double high); // no signals
    double low() const { return m_low; }
    double high() const { return m_high; }
    void setVisible(bool visible);
    bool isDragging() const { return m_dragging != None; }

    // For tests and keyboard use: the same path as a mouse drag of one handle.
    void dragHandleTo(bool lowHandle, double x);
    void finishDrag();

signals:
    void windowChanged(double low, double high);
    void windowEdited(double low, double high);

private:
    enum Handle { None, Low, High };
    void onPress(QMouseEvent* event);
    void onMove(QMouseEvent* event);
    void onRelease(QMouseEvent* event);
    void place();

    QCustomPlot* m_plot;
    QCPItemRect* m_band;
    QCPItemStraightLine* m_lowLine;
    QCPItemStraightLine* m_highLine;
    double m_low = 0, m_high = 1;
    Handle m_dragging = None;
};

} // namespace tx::widgets
