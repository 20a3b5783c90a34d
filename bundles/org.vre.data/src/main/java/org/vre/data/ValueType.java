package org.vre.data;

/** The stored type of a column's values, so unsigned and narrow types survive into the neutral model. */
public enum ValueType {
    BOOL, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64, FLOAT32, FLOAT64, STRING;

    public boolean isInteger() {
        return this != FLOAT32 && this != FLOAT64 && this != STRING && this != BOOL;
    }

    public boolean isNumeric() {
        return this != STRING;
    }
}
