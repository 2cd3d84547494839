#pragma once
// The guided tour (issue 14): a few steps through the demo — loading an ensemble, the
// correlators, γ_τ(T) and T_x, dragging the T_x window, the 3D view — each showing its page,
// framing the part of the window it talks about and saying in two or three sentences what to
// look at. Shown at the first start and from Help → Tour. The steps are a table (GuidedTour.cpp).
#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace tx::app {

class MainWindow;

// One step: the page it shows, the widget it frames (an object name inside the window; empty:
// the page itself) and its text, English in the source and translated where shown.
struct TourStep {
    const char* page;
    const char* target;
    const char* title;
    const char* text;
};

class GuidedTour : public QFrame {
    Q_OBJECT
public:
    explicit GuidedTour(MainWindow& window);
    static const std::vector<TourStep>& steps();

    void showStep(int index); // clamps to the steps there are
    int step() const { return m_step; }
    QString titleText() const;
    QString bodyText() const;
    // The widget framed by the current step (null when the step frames its whole page).
    QWidget* target() const { return m_target; }

signals:
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    void finish(); // Close, or Done at the last step

    MainWindow& m_window;
    int m_step = 0;
    QPointer<QWidget> m_target;
    QWidget* m_frame; // the coloured frame drawn around the target
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_body;
    QPushButton* m_back;
    QPushButton* m_next;
};

} // namespace tx::app
