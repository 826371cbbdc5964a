// libFuzzer's driver entry point, from clang's runtime (libclang_rt.fuzzer, linked by
// `-sanitize=fuzzer`). Declared here because the toolchain ships no header for it; see
// https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
