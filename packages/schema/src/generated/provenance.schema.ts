// Generated from packages/schema/schemas/provenance.schema.json by `npm run generate`. Do not edit.
import type { SchemaObject } from '../validator.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/provenance.schema.json";

const schema: SchemaObject = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://praksis-widgets.dk/schema/v1/provenance.schema.json",
  "$defs": {
    "text": {
      "anyOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "object",
          "properties": {
            "da": {
              "type": "string",
              "minLength": 1
            },
            "en": {
              "type": "string",
              "minLength": 1
            }
          },
          "minProperties": 1,
          "additionalProperties": false
        }
      ]
    },
    "date": {
      "type": "string",
      "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
    },
    "httpUrl": {
      "type": "string",
      "pattern": "^https?://[^\\s]+$",
      "maxLength": 2000
    },
    "period": {
      "type": "object",
      "properties": {
        "from": {
          "$ref": "#/$defs/date"
        },
        "to": {
          "$ref": "#/$defs/date"
        }
      },
      "required": [
        "from",
        "to"
      ],
      "additionalProperties": false
    },
    "provenance": {
      "type": "object",
      "properties": {
        "source": {
          "$ref": "#/$defs/text"
        },
        "publisher": {
          "$ref": "#/$defs/text"
        },
        "url": {
          "$ref": "#/$defs/httpUrl"
        },
        "licence": {
          "$ref": "#/$defs/text"
        },
        "asOf": {
          "$ref": "#/$defs/date"
        },
        "period": {
          "$ref": "#/$defs/period"
        },
        "definitions": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "term": {
                "$ref": "#/$defs/text"
              },
              "definition": {
                "$ref": "#/$defs/text"
              }
            },
            "required": [
              "term",
              "definition"
            ],
            "additionalProperties": false
          }
        },
        "caveats": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/text"
          }
        },
        "fictional": {
          "type": "boolean"
        }
      },
      "required": [
        "source",
        "publisher",
        "fictional"
      ],
      "anyOf": [
        {
          "required": [
            "asOf"
          ]
        },
        {
          "required": [
            "period"
          ]
        }
      ],
      "additionalProperties": false
    }
  }
};

export default schema;
