/* bd-model-private.h — what the model classes share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every model property can be bound by widgets, and notifies only on a real change. */
#define BD_MODEL_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

/* Replaces *@field by a copy of @value and returns whether it changed, so that the caller
 * notifies only then. GLib 2.76 has this as g_set_str(); our floor is 2.74. */
static inline gboolean
bd_model_set_string (char       **field,
                     const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copy before freeing: @value may point into the old string. */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

/* What a model property holds. */
typedef enum
{
  BD_MODEL_INT64,     /* a gint64 from 0: ids, amounts in fen */
  BD_MODEL_UINT,      /* a guint from 0 to the maximum */
  BD_MODEL_BOOLEAN,
  BD_MODEL_ENUM,      /* one of the domain's enumerations (bd-types.h) */
  BD_MODEL_STRING,
  BD_MODEL_LIST,      /* a GListModel the object owns: read only */
  BD_MODEL_OBJECT,    /* an object given at construction and kept */
} BdModelType;

/* One property of a model class, described once: its param spec, how it is read (the
 * field at @offset) and how it is written (the class's public setter, so that a property
 * set by name keeps the setter's rules). A property without a setter is read only (a
 * list) or given once at construction (an object, an enumeration). */
typedef struct
{
  const char   *name;
  BdModelType   type;
  gsize         offset;          /* G_STRUCT_OFFSET of the field */
  GCallback     setter;          /* void (*) (Self *, value), or NULL */
  GType       (*value_type) (void);  /* BD_MODEL_ENUM, BD_MODEL_OBJECT */
  guint         maximum;         /* BD_MODEL_UINT: 0 stands for G_MAXUINT */
  int           default_value;   /* BD_MODEL_UINT, BD_MODEL_BOOLEAN, BD_MODEL_ENUM */
} BdModelProperty;

/* Installs @properties on @klass as property ids 1 … @n_properties, in the table's order,
 * and fills @pspecs[1 …] for the setters' notifications. The class's get_property,
 * set_property and finalize become the table's: finalize frees the string fields, the
 * lists and the objects, then chains up (a class with more to free calls bd_model_free_fields() from its
 * own). */
void     bd_model_class_install  (GObjectClass          *klass,
                                  const BdModelProperty *properties,
                                  guint                  n_properties,
                                  GParamSpec           **pspecs);
void     bd_model_free_fields    (GObject               *object);

/* The setters' one rule: store @value and notify @pspec only when it changed. */
void     bd_model_change_int64   (gpointer    object,
                                  gint64     *field,
                                  gint64      value,
                                  GParamSpec *pspec);
void     bd_model_change_uint    (gpointer    object,
                                  guint      *field,
                                  guint       value,
                                  GParamSpec *pspec);
/* Any true value is stored as TRUE. */
void     bd_model_change_boolean (gpointer    object,
                                  gboolean   *field,
                                  gboolean    value,
                                  GParamSpec *pspec);
/* @field: a field of one of the domain's enumerations (the size of an int). */
void     bd_model_change_enum    (gpointer    object,
                                  gpointer    field,
                                  int         value,
                                  GParamSpec *pspec);
void     bd_model_change_string  (gpointer    object,
                                  char      **field,
                                  const char *value,
                                  GParamSpec *pspec);

G_END_DECLS
