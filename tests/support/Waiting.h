#pragma once
// Tests wait for an outcome (a signal, a condition), never for a time. The ceiling only guards
// against a hang, so the same suite passes unchanged in Release, in Debug, under the
// sanitizers and coverage, and on a loaded machine; QTEST_FUNCTION_TIMEOUT and ctest's
// TIMEOUT (tests/CMakeLists.txt, TX_TEST_TIMEOUT) are set above it.
#include <QSignalSpy>
#include <QTest>
#include <initializer_list>

namespace tx::test {

inline constexpr int kHangGuardMs = 30 * 60 * 1000;

// True as soon as any of the spies has caught its signal (also one caught before the call);
// false only at the ceiling.
inline bool waitForAny(std::initializer_list<const QSignalSpy*> spies,
                       int ceilingMs = kHangGuardMs) {
    return QTest::qWaitFor(
        [&] {
            for (const QSignalSpy* s : spies)
                if (!s->isEmpty())
                    return true;
            return false;
        },
        ceilingMs);
}

} // namespace tx::test
