import DutyDeskCore
import Foundation

/// A fixed-size ring of the most recent values.
struct Ring<Element> {
    private var storage: [Element] = []
    private var nextSlot = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        storage.reserveCapacity(capacity)
    }

    var isEmpty: Bool { storage.isEmpty }

    mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[nextSlot] = element
            nextSlot = (nextSlot + 1) % capacity
        }
    }

    func random(_ generator: inout SplitMix64) -> Element {
        storage[Int(generator.uniform(below: UInt64(storage.count)))]
    }
}

/// JSON string literals for generated lines.
enum BenchJSON {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
