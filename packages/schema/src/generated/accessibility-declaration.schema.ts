// Generated from packages/schema/schemas/accessibility-declaration.schema.json by `npm run generate`. Do not edit.
import type { SchemaObject } from '../validator.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json";

const schema: SchemaObject = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json",
  "type": "object",
  "properties": {
    "$schema": {
      "const": "https://praksis-widgets.dk/schema/v1/accessibility-declaration.schema.json"
    },
    "practice": {
      "type": "object",
      "properties": {
        "name": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "ydernummer": {
          "type": "string",
          "pattern": "^[0-9]{6}$"
        },
        "address": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "phone": {
          "$ref": "#/$defs/phone"
        },
        "website": {
          "$ref": "provenance.schema.json#/$defs/httpUrl"
        }
      },
      "required": [
        "name",
        "ydernummer"
      ],
      "additionalProperties": false
    },
    "lastVerified": {
      "$ref": "provenance.schema.json#/$defs/date"
    },
    "hours": {
      "type": "object",
      "properties": {
        "consultation": {
          "$ref": "#/$defs/week"
        },
        "walkIn": {
          "$ref": "#/$defs/week"
        },
        "lateConsultation": {
          "$ref": "#/$defs/week"
        },
        "phone": {
          "$ref": "#/$defs/week"
        },
        "doctorPhone": {
          "$ref": "#/$defs/week"
        },
        "acutePhone": {
          "$ref": "#/$defs/week"
        }
      },
      "additionalProperties": false
    },
    "acute": {
      "oneOf": [
        {
          "type": "object",
          "properties": {
            "handledBy": {
              "const": "practice"
            },
            "note": {
              "$ref": "provenance.schema.json#/$defs/text"
            }
          },
          "required": [
            "handledBy"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "handledBy": {
              "const": "substitute"
            },
            "substitute": {
              "$ref": "#/$defs/substitute"
            },
            "note": {
              "$ref": "provenance.schema.json#/$defs/text"
            }
          },
          "required": [
            "handledBy",
            "substitute"
          ],
          "additionalProperties": false
        }
      ]
    },
    "services": {
      "type": "object",
      "properties": {
        "onlineBooking": {
          "$ref": "#/$defs/statedBoolean"
        },
        "onlinePrescriptionRenewal": {
          "$ref": "#/$defs/statedBoolean"
        },
        "eConsultation": {
          "$ref": "#/$defs/statedBoolean"
        },
        "videoConsultation": {
          "$ref": "#/$defs/statedBoolean"
        }
      },
      "additionalProperties": false
    },
    "bagomNumber": {
      "oneOf": [
        {
          "$ref": "#/$defs/phone"
        },
        {
          "enum": [
            "not-public",
            "none"
          ]
        }
      ]
    },
    "usualWaitWeekdays": {
      "type": "integer",
      "minimum": 0,
      "maximum": 365
    },
    "exceptions": {
      "type": "array",
      "maxItems": 400,
      "items": {
        "$ref": "#/$defs/exception"
      }
    },
    "provenance": {
      "$ref": "provenance.schema.json#/$defs/provenance"
    }
  },
  "required": [
    "$schema",
    "practice",
    "lastVerified",
    "hours",
    "provenance"
  ],
  "additionalProperties": false,
  "$defs": {
    "time": {
      "type": "string",
      "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
    },
    "endTime": {
      "type": "string",
      "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
    },
    "interval": {
      "type": "object",
      "properties": {
        "from": {
          "$ref": "#/$defs/time"
        },
        "to": {
          "$ref": "#/$defs/endTime"
        },
        "note": {
          "$ref": "provenance.schema.json#/$defs/text"
        }
      },
      "required": [
        "from",
        "to"
      ],
      "additionalProperties": false
    },
    "day": {
      "type": "array",
      "maxItems": 12,
      "items": {
        "$ref": "#/$defs/interval"
      }
    },
    "week": {
      "type": "object",
      "properties": {
        "mon": {
          "$ref": "#/$defs/day"
        },
        "tue": {
          "$ref": "#/$defs/day"
        },
        "wed": {
          "$ref": "#/$defs/day"
        },
        "thu": {
          "$ref": "#/$defs/day"
        },
        "fri": {
          "$ref": "#/$defs/day"
        },
        "sat": {
          "$ref": "#/$defs/day"
        },
        "sun": {
          "$ref": "#/$defs/day"
        }
      },
      "minProperties": 1,
      "additionalProperties": false
    },
    "phone": {
      "type": "string",
      "pattern": "^\\+?[0-9][0-9 ]{6,18}[0-9]$"
    },
    "statedBoolean": {
      "anyOf": [
        {
          "type": "boolean"
        },
        {
          "const": "not-stated"
        }
      ]
    },
    "substitute": {
      "type": "object",
      "properties": {
        "name": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "phone": {
          "$ref": "#/$defs/phone"
        },
        "url": {
          "$ref": "provenance.schema.json#/$defs/httpUrl"
        }
      },
      "required": [
        "name",
        "phone"
      ],
      "additionalProperties": false
    },
    "exception": {
      "type": "object",
      "properties": {
        "date": {
          "$ref": "provenance.schema.json#/$defs/date"
        },
        "to": {
          "$ref": "provenance.schema.json#/$defs/date"
        },
        "reason": {
          "$ref": "provenance.schema.json#/$defs/text"
        },
        "closed": {
          "const": true
        },
        "hours": {
          "type": "object",
          "properties": {
            "consultation": {
              "$ref": "#/$defs/day"
            },
            "walkIn": {
              "$ref": "#/$defs/day"
            },
            "lateConsultation": {
              "$ref": "#/$defs/day"
            },
            "phone": {
              "$ref": "#/$defs/day"
            },
            "doctorPhone": {
              "$ref": "#/$defs/day"
            },
            "acutePhone": {
              "$ref": "#/$defs/day"
            }
          },
          "minProperties": 1,
          "additionalProperties": false
        },
        "substitute": {
          "$ref": "#/$defs/substitute"
        }
      },
      "required": [
        "date",
        "reason"
      ],
      "oneOf": [
        {
          "required": [
            "closed"
          ]
        },
        {
          "required": [
            "hours"
          ]
        }
      ],
      "additionalProperties": false
    }
  }
};

export default schema;
