#pragma once

namespace kolokasi::test {

/// Makes a test run deterministic and harmless: test-mode standard paths (never the user's
/// real data or settings), fixed C locale, Fusion style when widgets are used.
void prepareTestEnvironment();

} // namespace kolokasi::test
