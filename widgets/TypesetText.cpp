#include "widgets/TypesetText.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace tx::widgets {

QList<MarkupRun> parseMarkup(const QString& markup) {
    QList<MarkupRun> runs;
    auto add = [&runs](MarkupRun::Kind kind, const QString& text) {
        if (!runs.isEmpty() && runs.back().kind == kind && kind == MarkupRun::Plain)
            runs.back().text += text;
        else
            runs.append({kind, text});
    };
    for (qsizetype k = 0; k < markup.size(); ++k) {
        const QChar c = markup[k];
        if (c == '\\' && k + 1 < markup.size()) { // \_ \^ \\: the character itself
            add(MarkupRun::Plain, QString(markup[++k]));
            continue;
        }
        if ((c == '_' || c == '^') && k + 1 < markup.size()) {
            QString group;
            if (markup[k + 1] == '{') {
                const qsizetype close = markup.indexOf('}', k + 2);
                if (close < 0) { // no closing brace: the rest is the group
                    group = markup.mid(k + 2);
                    k = markup.size();
                } else {
                    group = markup.mid(k + 2, close - k - 2);
                    k = close;
                }
            } else {
                // One character: a surrogate pair (a non-BMP symbol) counts as one.
                const qsizetype n =
                    markup[k + 1].isHighSurrogate() && k + 2 < markup.size() ? 2 : 1;
                group = markup.mid(k + 1, n);
                k += n;
            }
            add(c == '_' ? MarkupRun::Sub : MarkupRun::Sup, group);
            continue;
        }
        add(MarkupRun::Plain, QString(c));
    }
    return runs;
}

QString typesetHtml(const QString& markup) {
    QString html;
    for (const MarkupRun& run : parseMarkup(markup))
        html += run.kind == MarkupRun::Plain ? run.text.toHtmlEscaped()
                                             : QString("<%1>%2</%1>")
                                                   .arg(run.kind == MarkupRun::Sub ? "sub" : "sup",
                                                        run.text.toHtmlEscaped());
    return html;
}

QString literalMarkup(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c == '_' || c == '^' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

namespace {

// One document per draw: cheap at plot sizes, and it always follows the current font.
void layOut(QTextDocument& doc, const QString& markup, const QFont& font) {
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    doc.setHtml("<span style=\"white-space: pre\">" + typesetHtml(markup) + "</span>");
    doc.setTextWidth(-1);
}

} // namespace

TypesetText::TypesetText(QCustomPlot* plot) : QCPItemText(plot) {}

QSizeF TypesetText::typesetSize() const {
    QTextDocument doc;
    layOut(doc, text(), font());
    return doc.size();
}

void TypesetText::draw(QCPPainter* painter) {
    drawAt(painter, position->pixelPosition(), positionAlignment(), rotation());
}

void TypesetText::drawAt(QCPPainter* painter, QPointF at, Qt::Alignment alignment, double angle) {
    QTextDocument doc; // laid out as typesetSize() measured it (fonts in pixels when exported)
    layOut(doc, text(), mainFont());
    const QSizeF size = doc.size();
    const QMargins pad = padding();
    const QRectF box(0, 0, size.width() + pad.left() + pad.right(),
                     size.height() + pad.top() + pad.bottom());
    QPointF corner = getTextDrawPoint(QPointF(0, 0), box, alignment);
    painter->save();
    painter->translate(at);
    if (!qFuzzyIsNull(angle))
        painter->rotate(angle);
    painter->translate(corner);
    if (brush().style() != Qt::NoBrush || pen().style() != Qt::NoPen) {
        painter->setPen(mainPen());
        painter->setBrush(mainBrush());
        painter->drawRect(box);
    }
    painter->translate(pad.left(), pad.top());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, mainColor());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

namespace {
// Room between the tick labels and the title, and between the title and the figure's edge.
constexpr double kTitleGap = 3;
constexpr int kDefaultPadding = 5; // QCustomPlot's own axis padding
} // namespace

AxisTitle::AxisTitle(QCPAxis* axis, const QString& markup)
    : TypesetText(axis->parentPlot()), m_axis(axis) {
    setText(markup);
    setFont(axis->labelFont());
    setColor(axis->labelColor());
    setClipToAxisRect(false);
    setSelectable(false);
    reserveRoom();
}

void AxisTitle::reserveRoom() {
    setFont(m_axis->labelFont());
    const QSizeF size = typesetSize();
    m_axis->setPadding(qCeil(size.height() + 2 * kTitleGap));
}

void AxisTitle::draw(QCPPainter* painter) {
    const QRect outer = m_axis->axisRect()->outerRect();
    const QRect inner = m_axis->axisRect()->rect();
    setFont(m_axis->labelFont());
    switch (m_axis->axisType()) {
    case QCPAxis::atBottom:
        drawAt(painter, QPointF(inner.center().x(), outer.bottom() - m_axis->padding() + kTitleGap),
               Qt::AlignHCenter | Qt::AlignTop, 0);
        break;
    case QCPAxis::atTop:
        drawAt(painter, QPointF(inner.center().x(), outer.top() + kTitleGap),
               Qt::AlignHCenter | Qt::AlignTop, 0);
        break;
    case QCPAxis::atLeft: // rotated: the text's top faces the figure's left edge
        drawAt(painter, QPointF(outer.left() + kTitleGap, inner.center().y()),
               Qt::AlignHCenter | Qt::AlignTop, -90);
        break;
    case QCPAxis::atRight:
        drawAt(painter, QPointF(outer.right() - kTitleGap, inner.center().y()),
               Qt::AlignHCenter | Qt::AlignTop, 90);
        break;
    }
}

namespace {
AxisTitle* titleOf(const QCPAxis* axis) {
    QCustomPlot* plot = axis->parentPlot();
    for (int k = 0; k < plot->itemCount(); ++k)
        if (auto* title = qobject_cast<AxisTitle*>(plot->item(k)); title && title->axis() == axis)
            return title;
    return nullptr;
}
} // namespace

TypesetLegendItem::TypesetLegendItem(QCPLegend* legend, QCPAbstractPlottable* plottable)
    : QCPPlottableLegendItem(legend, plottable) {}

QSize TypesetLegendItem::minimumOuterSizeHint() const {
    QTextDocument doc;
    layOut(doc, mPlottable->name(), getFont());
    const QSize icon = mParentLegend->iconSize();
    const QMargins m = margins();
    return {icon.width() + mParentLegend->iconTextPadding() + qCeil(doc.size().width()) + m.left() +
                m.right(),
            qMax(qCeil(doc.size().height()), icon.height()) + m.top() + m.bottom()};
}

void TypesetLegendItem::draw(QCPPainter* painter) {
    // The icon by QCustomPlot (drawLegendIcon is not ours to call), the name by us.
    const QString name = plottable()->name();
    plottable()->setName({});
    QCPPlottableLegendItem::draw(painter);
    plottable()->setName(name);
    QTextDocument doc;
    layOut(doc, name, getFont());
    const QSize icon = mParentLegend->iconSize();
    const double height = qMax(doc.size().height(), double(icon.height()));
    painter->save();
    painter->translate(mRect.x() + icon.width() + mParentLegend->iconTextPadding(),
                       mRect.y() + 0.5 * (height - doc.size().height()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, getTextColor());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

void typesetLegend(QCustomPlot* plot) {
    // In the legend's order: every entry taken out, then put back typeset.
    QCPLegend* legend = plot->legend;
    QList<QCPAbstractPlottable*> entries;
    while (legend->itemCount() > 0) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(0)))
            entries.append(item->plottable());
        legend->removeItem(0);
    }
    for (QCPAbstractPlottable* plottable : entries)
        legend->addItem(new TypesetLegendItem(legend, plottable));
}

void setAxisTitle(QCPAxis* axis, const QString& markup) {
    axis->setLabel({}); // drawn by the AxisTitle instead
    if (AxisTitle* old = titleOf(axis))
        axis->parentPlot()->removeItem(old);
    if (markup.isEmpty()) {
        axis->setPadding(kDefaultPadding);
        return;
    }
    new AxisTitle(axis, markup); // owned by the plot
}

QString axisTitle(const QCPAxis* axis) {
    const AxisTitle* title = titleOf(axis);
    return title ? title->text() : QString();
}

void reserveAxisTitleRoom(QCustomPlot* plot) {
    for (int k = 0; k < plot->itemCount(); ++k)
        if (auto* title = qobject_cast<AxisTitle*>(plot->item(k)))
            title->reserveRoom();
}

} // namespace tx::widgets
