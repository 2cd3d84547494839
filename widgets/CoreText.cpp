#include "widgets/CoreText.h"

#include "core/model/InputSentences.h"
#include "core/model/Sentences.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace tx::widgets {

namespace {

constexpr const char* kContext = "tx::core::sentence";

struct Template {
    const char* pattern;
    QRegularExpression match;      // the whole sentence, one group per %n in order of appearance
    std::vector<int> placeholders; // the n of each group
    qsizetype literal = 0;         // characters outside the %n
};

// The templates as patterns.
const std::vector<Template>& templates() {
    static const std::vector<Template> all = [] {
        std::vector<Template> out;
        std::vector<const char*> patterns(std::begin(core::sentence::kResultSentences),
                                          std::end(core::sentence::kResultSentences));
        patterns.insert(patterns.end(), std::begin(core::sentence::kInputSentences),
                        std::end(core::sentence::kInputSentences));
        for (const char* pattern : patterns) {
            const QString text = QString::fromUtf8(pattern);
            static const QRegularExpression slot("%([1-9])");
            Template t{pattern, {}, {}, 0};
            QString expression = "^";
            qsizetype at = 0;
            for (auto it = slot.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                const QString literal = text.mid(at, m.capturedStart() - at);
                expression += QRegularExpression::escape(literal) + "(.*?)";
                t.literal += literal.size();
                t.placeholders.push_back(m.captured(1).toInt());
                at = m.capturedEnd();
            }
            expression += QRegularExpression::escape(text.mid(at)) + "$";
            t.literal += text.size() - at;
            t.match =
                QRegularExpression(expression, QRegularExpression::DotMatchesEverythingOption);
            out.push_back(std::move(t));
        }
        return out;
    }();
    return all;
}

// A sentence can match more than one template when its parts hold text of other templates
// (a preset's name with parentheses in "judged between %1 and %2"): the reading that
// explains the most template text, its parts included, wins.
struct Reading {
    QString text;
    qsizetype explained = 0; // template characters recognised
};

Reading translateSentence(const QString& english, int depth) {
    Reading best{english, 0};
    if (english.isEmpty() || depth > 4)
        return best;
    for (const Template& t : templates()) {
        const auto m = t.match.match(english);
        if (!m.hasMatch())
            continue;
        // The translated template with its parts, each translated in turn, filled in by the
        // core's own rule (core::say).
        const std::size_t largest =
            t.placeholders.empty()
                ? 0
                : std::size_t(*std::max_element(t.placeholders.begin(), t.placeholders.end()));
        std::vector<std::string> parts(largest);
        qsizetype explained = t.literal;
        for (std::size_t g = 0; g < t.placeholders.size(); ++g) {
            Reading part = translateSentence(m.captured(int(g) + 1), depth + 1);
            explained += part.explained;
            parts[std::size_t(t.placeholders[g] - 1)] = part.text.toStdString();
        }
        if (explained <= best.explained)
            continue;
        const QByteArray pattern = QCoreApplication::translate(kContext, t.pattern).toUtf8();
        best = {QString::fromStdString(core::say(pattern.constData(), parts)), explained};
    }
    return best;
}

} // namespace

QString flagCodeText(const std::string& code) {
    // The codes are fixed words (scripts and the JSON read them); the labels translate them.
    static constexpr const char* kCodes[][2] = {
        {"gap", QT_TRANSLATE_NOOP("tx::widgets::flag", "gap")},
        {"edge", QT_TRANSLATE_NOOP("tx::widgets::flag", "edge")},
        {"one_sided", QT_TRANSLATE_NOOP("tx::widgets::flag", "one-sided")},
        {"unstable", QT_TRANSLATE_NOOP("tx::widgets::flag", "unstable")},
        {"inside_window", QT_TRANSLATE_NOOP("tx::widgets::flag", "inside its window")},
        {"few_points", QT_TRANSLATE_NOOP("tx::widgets::flag", "few points")},
        {"bounds", QT_TRANSLATE_NOOP("tx::widgets::flag", "bounds")},
        {"preset", QT_TRANSLATE_NOOP("tx::widgets::flag", "preset")},
    };
    for (const auto& [known, label] : kCodes)
        if (code == known) {
            const QString translated = QCoreApplication::translate("tx::widgets::flag", label);
            // In English the code is shown as it is written in the JSON and the README.
            return translated == QString::fromUtf8(label) ? QString::fromStdString(code)
                                                          : translated;
        }
    return QString::fromStdString(code);
}

QString coreText(const QString& english) {
    // In English there is nothing to do (the templates translate to themselves).
    const char* probe = core::sentence::kFirstMinimum;
    if (QCoreApplication::translate(kContext, probe) == QString::fromUtf8(probe))
        return english;
    return translateSentence(english, 0).text;
}

} // namespace tx::widgets
