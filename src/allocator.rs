//! The global allocator of the WebAssembly module: rlsf's TLSF in its code-size configuration.
//!
//! Measured on the release package (gzip -9, 2026-11-26): 2,603 B smaller than std's dlmalloc.
//! TLSF allocates and frees in constant time and reuses freed blocks: 5,000 banner
//! mount/destroy cycles stay at 2.8 MB of wasm memory (`e2e/tests/memory.test.mjs`).
//! Rejected: `lol_alloc`'s free list (2,948 B smaller, but a free walks the whole list:
//! 2,000 mounts with the garbage collector idle took 471 s against 3.7 s), `talc` (1,677 B
//! smaller), any allocator that never frees (the memory test fails at 2.5 GB).
//! Single-threaded: the module is built without the `atomics` feature, and rlsf then takes
//! no lock.

#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();
