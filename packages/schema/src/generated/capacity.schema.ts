// Generated from packages/schema/schemas/capacity.schema.json by `npm run generate`. Do not edit.
import type { SchemaObject } from '../validator.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/capacity.schema.json";

const schema: SchemaObject = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://praksis-widgets.dk/schema/v1/capacity.schema.json",
  "type": "object",
  "properties": {
    "$schema": {
      "const": "https://praksis-widgets.dk/schema/v1/capacity.schema.json"
    },
    "unit": {
      "type": "object",
      "properties": {
        "kind": {
          "enum": [
            "practice",
            "municipality",
            "region",
            "country"
          ]
        },
        "name": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "id": {
          "type": "string",
          "minLength": 1,
          "maxLength": 40
        }
      },
      "required": [
        "kind",
        "name"
      ],
      "additionalProperties": false
    },
    "asOf": {
      "$ref": "provenance.schema.json#/$defs/date"
    },
    "listedPatients": {
      "type": "integer",
      "minimum": 0
    },
    "capacities": {
      "type": "number",
      "exclusiveMinimum": 0
    },
    "doctors": {
      "type": "integer",
      "minimum": 1
    },
    "norm": {
      "type": "object",
      "properties": {
        "value": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "basis": {
          "enum": [
            "capacity",
            "doctor"
          ]
        },
        "label": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "source": {
          "$ref": "provenance.schema.json#/$defs/text"
        }
      },
      "required": [
        "value",
        "basis",
        "source"
      ],
      "additionalProperties": false
    },
    "intake": {
      "oneOf": [
        {
          "type": "object",
          "properties": {
            "status": {
              "enum": [
                "open",
                "closed"
              ]
            },
            "since": {
              "$ref": "provenance.schema.json#/$defs/date"
            },
            "note": {
              "$ref": "provenance.schema.json#/$defs/text"
            }
          },
          "required": [
            "status"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "practicesOpen": {
              "type": "integer",
              "minimum": 0
            },
            "practicesClosed": {
              "type": "integer",
              "minimum": 0
            },
            "note": {
              "$ref": "provenance.schema.json#/$defs/text"
            }
          },
          "required": [
            "practicesOpen",
            "practicesClosed"
          ],
          "additionalProperties": false
        }
      ]
    },
    "context": {
      "type": "object",
      "properties": {
        "patients70PlusShare": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "shortageArea": {
          "type": "boolean"
        },
        "municipalityType": {
          "enum": [
            "hovedstad",
            "storby",
            "provinsby",
            "opland",
            "land"
          ]
        }
      },
      "additionalProperties": false
    },
    "comparison": {
      "type": "object",
      "properties": {
        "label": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "value": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "source": {
          "$ref": "provenance.schema.json#/$defs/text"
        }
      },
      "required": [
        "label",
        "value"
      ],
      "additionalProperties": false
    },
    "trend": {
      "type": "array",
      "minItems": 2,
      "maxItems": 200,
      "items": {
        "type": "object",
        "properties": {
          "date": {
            "$ref": "provenance.schema.json#/$defs/date"
          },
          "listedPatients": {
            "type": "integer",
            "minimum": 0
          },
          "capacities": {
            "type": "number",
            "exclusiveMinimum": 0
          }
        },
        "required": [
          "date",
          "listedPatients",
          "capacities"
        ],
        "additionalProperties": false
      }
    },
    "bands": {
      "type": "object",
      "properties": {
        "source": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "items": {
          "type": "array",
          "minItems": 1,
          "maxItems": 5,
          "items": {
            "type": "object",
            "properties": {
              "from": {
                "type": "number",
                "minimum": 0
              },
              "to": {
                "type": "number",
                "exclusiveMinimum": 0
              },
              "label": {
                "$ref": "provenance.schema.json#/$defs/text"
              },
              "tone": {
                "enum": [
                  "low",
                  "mid",
                  "high"
                ]
              }
            },
            "required": [
              "label",
              "tone"
            ],
            "additionalProperties": false
          }
        }
      },
      "required": [
        "source",
        "items"
      ],
      "additionalProperties": false
    },
    "provenance": {
      "$ref": "provenance.schema.json#/$defs/provenance"
    }
  },
  "required": [
    "$schema",
    "unit",
    "asOf",
    "listedPatients",
    "capacities",
    "norm",
    "provenance"
  ],
  "additionalProperties": false
};

export default schema;
