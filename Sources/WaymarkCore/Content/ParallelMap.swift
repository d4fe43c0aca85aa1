import Dispatch

/// Maps an array on all cores and returns the results in the input's order.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, transform(inputs[index]))
        }
        return results.values()
    }
}

/// Slots written once each from concurrent iterations. Each index is written by exactly one iteration
/// into memory allocated up front, and `values()` is read only after `concurrentPerform` returns.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        storage = UnsafeMutableBufferPointer<Output?>.allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Output) {
        storage[index] = value
    }

    func values() -> [Output] {
        storage.compactMap { $0 }
    }
}
