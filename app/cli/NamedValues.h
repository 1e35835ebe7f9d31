// Tables that pair an enum value with its command-line name ({value, "name"} pairs in a
// std::array), and the three lookups every parser needs on them. Names match in any letter case.
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace greenroom {

// The value whose name is `text`, if any.
template<typename Table>
auto valueNamed(const Table &table, const QString &text)
    -> std::optional<typename Table::value_type::first_type>
{
    const QString lower = text.toLower();
    for (const auto &[value, name] : table) {
        if (lower == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

// The name of `value`, empty if the table lacks it.
template<typename Table, typename Value> QString nameOf(const Table &table, Value value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

// Every name, comma-separated, for error messages.
template<typename Table> QString namesOf(const Table &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QLatin1String(entry.second));
    return names.join(QStringLiteral(", "));
}

} // namespace greenroom
