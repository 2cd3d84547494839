#pragma once
// The core's sentences (core/model/Sentences.h: flags, why a fit failed, the path verdict,
// where q came from, warnings; core/model/InputSentences.h: what is wrong with an input) in
// the workbench's language. A finished English sentence is
// recognised by its template, the template is translated (context "tx::core::sentence"),
// and each part is filled in, itself translated where it is a sentence too ("%1; %2.").
// A sentence of no known template, and every sentence in English, comes back as it is.
#include <QString>
#include <string>

namespace tx::widgets {

QString coreText(const QString& english);
inline QString coreText(const std::string& english) {
    return coreText(QString::fromStdString(english));
}

// A quality flag's code (core/fit/QualityFlags.h: gap, edge, one_sided, …) as a short word
// in the workbench's language; the code itself where the language has none for it.
QString flagCodeText(const std::string& code);

} // namespace tx::widgets
