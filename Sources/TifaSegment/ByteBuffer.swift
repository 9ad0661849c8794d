#if canImport(Glibc)
import Glibc
#endif

/// A growable output byte buffer written through a raw pointer: callers reserve room, then append without checks.
/// Owned by one worker; never copied.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for at least `extra` more bytes (growing geometrically).
    @inline(__always) func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte; room must have been reserved.
    @inline(__always) func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends n bytes from p; room must have been reserved.
    @inline(__always) func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if n <= 16 {
            for k in 0..<n { base[count + k] = p[k] }
        } else {
            memcpy(base + count, p, n)
        }
        count += n
    }

    /// Appends bytes; room must have been reserved.
    @inline(__always) func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { if let p = $0.baseAddress { append(p, $0.count) } }
    }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
