/// Turns an `Encodable` page context into the plain dictionaries, arrays, strings, numbers and
/// booleans that swift-mustache reads directly (about 7× faster than reflecting on structs).
/// Nil optionals become absent keys, so `{{^key}}` sections see them as empty.
public enum TemplateValueEncoder {
    /// Stands for a nil optional when `keepingNil` is set, so checks can tell "absent" from "unknown key".
    public struct NilValue: Sendable {}

    public static func encode(_ value: some Encodable, keepingNil: Bool = false) throws -> Any {
        let node = Node()
        try value.encode(to: NodeEncoder(node: node, codingPath: [], keepsNil: keepingNil))
        return node.resolve() ?? [String: Any]()
    }
}

private final class Node {
    var single: Any?
    var keyed: [String: Node]?
    var unkeyed: [Node]?

    func resolve() -> Any? {
        if let keyed { return keyed.compactMapValues { $0.resolve() } }
        if let unkeyed { return unkeyed.compactMap { $0.resolve() } }
        return single
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    var codingPath: [any CodingKey]
    var keepsNil = false
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.keyed == nil { node.keyed = [:] }
        return KeyedEncodingContainer(KeyedContainer(node: node, codingPath: codingPath, keepsNil: keepsNil))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if node.unkeyed == nil { node.unkeyed = [] }
        return UnkeyedContainer(node: node, codingPath: codingPath, keepsNil: keepsNil)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: node, codingPath: codingPath, keepsNil: keepsNil) }
}

private func store(_ value: some Encodable, in node: Node, codingPath: [any CodingKey], keepsNil: Bool) throws {
    switch value {
    case let v as String: node.single = v
    case let v as Bool: node.single = v
    case let v as Int: node.single = v
    case let v as any BinaryInteger: node.single = Int(v)
    case let v as Double: node.single = v
    case let v as Float: node.single = Double(v)
    default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath, keepsNil: keepsNil))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey]
    let keepsNil: Bool

    func child(_ key: Key) -> Node {
        let child = Node()
        node.keyed?[key.stringValue] = child
        return child
    }

    mutating func encodeNil(forKey key: Key) throws {
        if keepsNil { child(key).single = TemplateValueEncoder.NilValue() }
    }
    // Synthesized Codable skips nil optionals with encodeIfPresent; record them when asked.
    mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try store(value, in: child(key), codingPath: codingPath + [key], keepsNil: keepsNil)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key), codingPath: codingPath + [key], keepsNil: keepsNil).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key), codingPath: codingPath + [key], keepsNil: keepsNil).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node, codingPath: codingPath, keepsNil: keepsNil) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: child(key), codingPath: codingPath + [key], keepsNil: keepsNil)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    let keepsNil: Bool
    var count: Int { node.unkeyed?.count ?? 0 }

    func append() -> Node {
        let child = Node()
        node.unkeyed?.append(child)
        return child
    }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: some Encodable) throws { try store(value, in: append(), codingPath: codingPath, keepsNil: keepsNil) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: append(), codingPath: codingPath, keepsNil: keepsNil).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: append(), codingPath: codingPath, keepsNil: keepsNil).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: append(), codingPath: codingPath, keepsNil: keepsNil) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    let keepsNil: Bool

    mutating func encodeNil() throws { node.single = keepsNil ? TemplateValueEncoder.NilValue() : nil }
    mutating func encode(_ value: some Encodable) throws { try store(value, in: node, codingPath: codingPath, keepsNil: keepsNil) }
}
