// libFuzzer target: a session file (.txw) on arbitrary bytes, as a damaged or hand-edited
// session shared by a colleague would be. Allowed: a session, or an error message naming
// the file; never a crash, a sanitizer report or an exception. What opens must survive a
// save and a reopen unchanged (the parameters, the page), and its parameters are checked
// the way the workbench checks them before a run (invalidParameter) without harm.
// (The results cache beside a session has its own target, fuzz_cache.)
#include "app/workbench/SessionFile.h"

#include "core/pipeline/AnalysisParameters.h"
#include "fuzz/FuzzTarget.h"

#include <cstdio>

namespace {
[[noreturn]] void fail(const char* what, const QString& detail) {
    std::fprintf(stderr, "fuzz_session: %s (%s)\n", what, qPrintable(detail));
    __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tx;
    const std::string path = fuzz::writeScratchFile(data, size, "-session.txw");
    const QString file = QString::fromStdString(path);
    QString error;
    const auto session = app::readSession(file, &error);
    if (!session && !error.contains(file))
        fail("a refusal must name the file", error);
    if (session) {
        (void)core::invalidParameter(session->parameters);
        const QString saved = QString::fromStdString(fuzz::scratchPath("-saved.txw"));
        if (!app::writeSession(saved, *session, &error))
            fail("saving what opened must work", error);
        const auto reopened = app::readSession(saved, &error);
        if (!reopened)
            fail("what was saved must reopen", error);
        if (!(reopened->parameters == session->parameters))
            fail("a save and a reopen changed the parameters",
                 QString::fromStdString(core::toJson(reopened->parameters).dump() + " vs " +
                                        core::toJson(session->parameters).dump()));
        if (reopened->page != session->page)
            fail("a save and a reopen changed the page", reopened->page);
        std::remove(saved.toStdString().c_str());
    }
    std::remove(path.c_str());
    return 0;
}
