#pragma once
// The choices of one figure export, in one dialog: the size (journal presets or a custom
// width and row height in mm), the font size, which of the page's panels to draw, and
// whether to keep the screen's fit-window handles.
#include "widgets/PlotExport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tx::widgets {

class FigureExportDialog : public QDialog {
    Q_OBJECT
public:
    // panelTitles: a title per panel of the page (markup, its y axis's title), in order.
    FigureExportDialog(const QStringList& panelTitles, const FigureOptions& initial,
                       QWidget* parent = nullptr);
    FigureOptions options() const;

    // For tests: the controls by role.
    QComboBox* sizeChoice() const { return m_size; }
    QList<QCheckBox*> panelChoices() const { return m_panels; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void update();

    QComboBox* m_size;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QSpinBox* m_font;
    QList<QCheckBox*> m_panels;
    QCheckBox* m_interactive;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace tx::widgets
