/* glibc allocator settings (mallopt), for the outrigger executable. */
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
