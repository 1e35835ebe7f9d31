// KeyParams to and from JSON, one field per Q_GADGET property, so a parameter added to
// KeyParams is saved, loaded and reported on without touching this code.
//
// Hand-edited values are checked field by field: a value of the wrong type is reported and
// replaced by the default, one outside its range is reported and clamped (through
// KeyParams::clamped(), the one place that knows the ranges), and keys that are not KeyParams
// properties are handed back untouched so that a later save can write them again.
#pragma once

#include "KeyParams.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

namespace greenroom {

class KeyParamsJson {
    Q_DECLARE_TR_FUNCTIONS(KeyParamsJson)

public:
    struct Decoded {
        KeyParams params;     // in range; defaults for missing or unusable fields
        QJsonObject unknown;  // keys that are not KeyParams properties, as they were
        QStringList problems; // one line per field, naming it and saying what was done
    };

    static QJsonObject encode(const KeyParams &params);
    // Fields missing from `object` keep their defaults without a report: files written before
    // a parameter existed are normal.
    static Decoded decode(const QJsonObject &object);
};

} // namespace greenroom
