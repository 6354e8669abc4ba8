#pragma once

#include <QtTest>

/// Fails the test with the Error's code, message and field when a Result is not ok.
/// (QVERIFY2 would format the message even on success, reading an Error that is not there.)
#define KOLOKASI_VERIFY_OK(result)                                                                \
    do {                                                                                          \
        const auto &kolokasiResult_ = (result);                                                   \
        if (!kolokasiResult_.ok())                                                                \
            QFAIL(qPrintable(QStringLiteral("%1 failed: [%2] %3 (field: %4)")                     \
                                     .arg(QStringLiteral(#result), kolokasiResult_.error().code,  \
                                          kolokasiResult_.error().message,                        \
                                          kolokasiResult_.error().field)));                       \
    } while (false)
