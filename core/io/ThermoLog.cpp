#include "core/io/ThermoLog.h"

#include "core/io/InputError.h"
#include "core/io/LineReader.h"
#include "core/io/TextFields.h"

#include <algorithm>
#include <cmath>

namespace tx::core {

int ThermoRun::column(std::string_view name) const {
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : int(it - columns.begin());
}

double ThermoRun::temperatureSpan() const {
    const int t = column("Temp");
    if (t < 0 || values[t].empty())
        return 0.0;
    const auto [low, high] = std::minmax_element(values[t].begin(), values[t].end());
    return *high - *low;
}

namespace {

bool isNumber(std::string_view s) {
    return parseDouble(s).has_value();
}

// Inside a run, a line whose first field begins as a number does ("3900", "-5.7", ".5",
// "nan") is a row, to be read or refused with its line, even if that field is damaged
// ("3900\x01..."): only a word ("Loop time of", "ERROR: ...") ends the run. Before, a
// damaged row ended the run without a word, and the rows after it were left out of T_g.
bool beginsLikeANumber(std::string_view s) {
    std::size_t k = !s.empty() && (s[0] == '+' || s[0] == '-');
    const std::string_view rest = s.substr(k);
    auto startsWithWord = [&](std::string_view word) {
        return rest.size() >= word.size() &&
               std::equal(word.begin(), word.end(), rest.begin(),
                          [](char a, char b) { return a == (b | 0x20); });
    };
    if (startsWithWord("nan") || startsWithWord("inf"))
        return true;
    k += k < s.size() && s[k] == '.';
    return k < s.size() && s[k] >= '0' && s[k] <= '9';
}

// LAMMPS's line of column names: words only, and a Temp among them (a run without Temp says
// nothing about T_g). Echoed input lines are words only too, but never name Temp.
bool isHeader(const std::vector<std::string_view>& fields) {
    if (fields.size() < 2)
        return false;
    bool temp = false;
    for (std::string_view f : fields) {
        if (isNumber(f))
            return false;
        temp = temp || f == "Temp";
    }
    return temp;
}

// Appends `next` to the log's last run when it continues it: the same columns, and its first
// row at the step of the last one's final row (that row, printed twice, is kept once).
bool continueLastRun(ThermoLog& log, const ThermoRun& next) {
    if (log.runs.empty())
        return false;
    ThermoRun& last = log.runs.back();
    const int step = last.column("Step");
    if (last.columns != next.columns || step < 0 ||
        next.values[std::size_t(step)].front() != last.values[std::size_t(step)].back())
        return false;
    for (std::size_t c = 0; c < last.columns.size(); ++c)
        last.values[c].insert(last.values[c].end(), next.values[c].begin() + 1,
                              next.values[c].end());
    last.rowLines.insert(last.rowLines.end(), next.rowLines.begin() + 1, next.rowLines.end());
    ++last.pieces;
    return true;
}

} // namespace

ThermoLog readThermoLog(const std::string& path) {
    ThermoLog log{path, {}};
    LineReader reader(path);
    std::string_view line;
    std::vector<std::string_view> fields;
    ThermoRun run;
    bool inRun = false; // a header was read and rows may follow
    auto finishRun = [&] {
        if (inRun && run.rows() > 0 && !continueLastRun(log, run))
            log.runs.push_back(std::move(run));
        run = ThermoRun{};
        inRun = false;
    };
    while (reader.next(line)) {
        const std::int64_t n = reader.lineNumber();
        if (line.starts_with("---------------- Step"))
            throw InputError(path, n, sentence::kThermoMulti);
        splitFields(line, fields);
        if (fields.empty())
            continue;
        if (inRun) {
            if (fields[0].starts_with("WARNING"))
                continue;
            if (beginsLikeANumber(fields[0])) {
                if (fields.size() != run.columns.size())
                    throw InputError(
                        path, n,
                        say(sentence::kThermoRowCount,
                            {std::to_string(fields.size()), std::to_string(run.headerLine),
                             std::to_string(run.columns.size())}));
                for (std::size_t c = 0; c < fields.size(); ++c) {
                    const auto v = parseDouble(fields[c]);
                    if (!v || !std::isfinite(*v))
                        throw InputError(path, n,
                                         say(sentence::kThermoNotFinite,
                                             {std::string(fields[c]), run.columns[c]}));
                    run.values[c].push_back(*v);
                }
                run.rowLines.push_back(n);
                continue;
            }
            finishRun(); // "Loop time of ...", or a run that ended early (an ERROR line)
        }
        if (isHeader(fields)) {
            run.headerLine = n;
            for (std::string_view f : fields)
                run.columns.emplace_back(f);
            run.values.resize(fields.size());
            inRun = true;
        }
    }
    if (inRun && run.rows() > 0 && reader.endedWithoutNewline())
        throw InputError(path, reader.lineNumber(), sentence::kThermoUnfinished);
    finishRun();
    if (log.runs.empty())
        throw InputError(path, 0, sentence::kThermoNoTemp);
    return log;
}

} // namespace tx::core
