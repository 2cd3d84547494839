#include "widgets/FigureExportDialog.h"

#include "widgets/TypesetText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tx::widgets {

namespace {
// The markup's characters without sub- and superscript (a check box shows plain text).
QString plainText(const QString& markup) {
    QString text;
    for (const MarkupRun& run : parseMarkup(markup))
        text += run.text;
    return text;
}
} // namespace

FigureExportDialog::FigureExportDialog(const QStringList& panelTitles, const FigureOptions& initial,
                                       QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export figure"));
    auto* form = new QFormLayout;
    m_size = new QComboBox;
    for (const FigureSize& s : figureSizes())
        m_size->addItem(s.name, s.key);
    m_size->addItem(tr("Custom"), QString("custom"));
    m_width = new QDoubleSpinBox;
    m_height = new QDoubleSpinBox;
    for (QDoubleSpinBox* box : {m_width, m_height}) {
        box->setRange(30, 600);
        box->setDecimals(0);
        box->setSuffix(tr(" mm"));
    }
    m_width->setValue(initial.size.widthMm);
    m_height->setValue(initial.size.heightMm);
    const int preset = m_size->findData(initial.size.key);
    m_size->setCurrentIndex(preset >= 0 ? preset : m_size->count() - 1);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height of a row of panels"), m_height);
    m_font = new QSpinBox;
    m_font->setRange(5, 24);
    m_font->setSuffix(tr(" pt"));
    m_font->setValue(initial.fontPoints);
    form->addRow(tr("Font size (every text)"), m_font);
    if (panelTitles.size() > 1) {
        auto* panels = new QVBoxLayout;
        for (int k = 0; k < panelTitles.size(); ++k) {
            auto* box =
                new QCheckBox(QString("(%1) %2").arg(panelLetter(k), plainText(panelTitles[k])));
            box->setChecked(initial.panels.isEmpty() || initial.panels.contains(k));
            connect(box, &QCheckBox::toggled, this, &FigureExportDialog::update);
            panels->addWidget(box);
            m_panels << box;
        }
        form->addRow(tr("Panels"), panels);
    }
    m_interactive = new QCheckBox(tr("Keep the fit-window handles and hatching"));
    m_interactive->setChecked(initial.interactive);
    form->addRow(QString(), m_interactive);
    m_summary = new QLabel;
    form->addRow(QString(), m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_size, &QComboBox::currentIndexChanged, this, [this] {
        if (const FigureSize* s = figureSize(m_size->currentData().toString())) {
            m_width->setValue(s->widthMm);
            m_height->setValue(s->heightMm);
        }
        update();
    });
    for (QDoubleSpinBox* box : {m_width, m_height})
        connect(box, &QDoubleSpinBox::valueChanged, this, &FigureExportDialog::update);
    update();
}

FigureOptions FigureExportDialog::options() const {
    FigureOptions o;
    if (const FigureSize* preset = figureSize(m_size->currentData().toString()))
        o.size = *preset;
    else
        o.size = *parseFigureSize(QString("%1x%2").arg(m_width->value()).arg(m_height->value()));
    o.fontPoints = m_font->value();
    o.interactive = m_interactive->isChecked();
    for (int k = 0; k < m_panels.size(); ++k)
        if (m_panels[k]->isChecked())
            o.panels << k;
    if (o.panels.size() == m_panels.size())
        o.panels.clear(); // all of them
    return o;
}

void FigureExportDialog::update() {
    const bool custom = m_size->currentData().toString() == "custom";
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    int chosen = 0;
    for (QCheckBox* box : m_panels)
        chosen += box->isChecked();
    const int panels = m_panels.isEmpty() ? 1 : chosen;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(panels > 0);
    if (panels == 0) {
        m_summary->setText(tr("Choose at least one panel."));
        return;
    }
    const FigureOptions o = options();
    const QSizeF points = figureSizePoints(panels, o.size);
    m_summary->setText(tr("%1 × %2 mm, %3 panel(s) in %4 column(s)")
                           .arg(qRound(points.width() * 25.4 / 72))
                           .arg(qRound(points.height() * 25.4 / 72))
                           .arg(panels)
                           .arg(figureColumns(panels, o.size)));
}

} // namespace tx::widgets
