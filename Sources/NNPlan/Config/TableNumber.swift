import NNData
import NNEngine

/// Numbers in tables: the shortest text that reads back as the same double; empty for none.
package func csvNumber(_ v: Double?) -> String {
    guard let v else { return "" }
    if v.isNaN { return "nan" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    return "\(v)"
}

/// A number as the tables write it: empty for none, `nan`, `inf`, `-inf`, or decimal text.
package func tableNumber(_ s: String) -> Double? {
    switch s {
    case "": return nil
    case "nan", "NaN": return .nan
    case "inf", "+inf": return .infinity
    case "-inf": return -.infinity
    default: return Double(s)
    }
}
