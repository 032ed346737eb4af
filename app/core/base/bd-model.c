/* bd-model.c — the model classes' properties, from one table a class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The models (customer, policy, beneficiary, household, contact, staff) are plain
 * records of GObject properties. Their param specs, get_property, set_property and the
 * freeing of their strings follow from a table of the fields, here, rather than from a
 * switch written out again in every class.
 */
#define G_LOG_DOMAIN "bd-model"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "bd-model-private.h"

typedef struct
{
  const BdModelProperty *properties;
  guint                  n_properties;
} ModelTable;

typedef void (*SetInt64)   (gpointer self, gint64 value);
typedef void (*SetUint)    (gpointer self, guint value);
typedef void (*SetBoolean) (gpointer self, gboolean value);
typedef void (*SetEnum)    (gpointer self, int value);
typedef void (*SetString)  (gpointer self, const char *value);

static GQuark
model_table_quark (void)
{
  return g_quark_from_static_string ("bd-model-table");
}

static const ModelTable *
table_of (GObject *object)
{
  return g_type_get_qdata (G_OBJECT_TYPE (object), model_table_quark ());
}

/* The property @prop_id of @object's table, or NULL (and a warning) when it has none. */
static const BdModelProperty *
property_of (GObject    *object,
             guint       prop_id,
             GParamSpec *pspec)
{
  const ModelTable *table = table_of (object);

  if (prop_id == 0 || prop_id > table->n_properties)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return NULL;
    }
  return &table->properties[prop_id - 1];
}

static void
model_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  const BdModelProperty *property = property_of (object, prop_id, pspec);
  gpointer field;

  if (property == NULL)
    return;
  field = G_STRUCT_MEMBER_P (object, property->offset);
  switch (property->type)
    {
    case BD_MODEL_INT64:
      g_value_set_int64 (value, *(gint64 *) field);
      break;
    case BD_MODEL_UINT:
      g_value_set_uint (value, *(guint *) field);
      break;
    case BD_MODEL_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) field);
      break;
    case BD_MODEL_ENUM:
      g_value_set_enum (value, *(int *) field);
      break;
    case BD_MODEL_STRING:
      g_value_set_string (value, *(char **) field);
      break;
    case BD_MODEL_LIST:
    case BD_MODEL_OBJECT:
      g_value_set_object (value, *(GObject **) field);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* A property without a setter, given once at construction. */
static void
construct_field (GObject               *object,
                 const BdModelProperty *property,
                 const GValue          *value)
{
  gpointer field = G_STRUCT_MEMBER_P (object, property->offset);

  if (property->type == BD_MODEL_OBJECT)
    *(GObject **) field = g_value_dup_object (value);
  else if (property->type == BD_MODEL_ENUM)
    *(int *) field = g_value_get_enum (value);
  else
    g_assert_not_reached ();  /* a list is read only: GObject refuses to set it */
}

static void
model_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  const BdModelProperty *property = property_of (object, prop_id, pspec);

  if (property == NULL)
    return;
  if (property->setter == NULL)
    {
      construct_field (object, property, value);
      return;
    }
  switch (property->type)
    {
    case BD_MODEL_INT64:
      ((SetInt64) property->setter) (object, g_value_get_int64 (value));
      break;
    case BD_MODEL_UINT:
      ((SetUint) property->setter) (object, g_value_get_uint (value));
      break;
    case BD_MODEL_BOOLEAN:
      ((SetBoolean) property->setter) (object, g_value_get_boolean (value));
      break;
    case BD_MODEL_ENUM:
      ((SetEnum) property->setter) (object, g_value_get_enum (value));
      break;
    case BD_MODEL_STRING:
      ((SetString) property->setter) (object, g_value_get_string (value));
      break;
    case BD_MODEL_LIST:
    case BD_MODEL_OBJECT:
    default:
      g_assert_not_reached ();
    }
}

void
bd_model_free_fields (GObject *object)
{
  const ModelTable *table = table_of (object);

  for (guint i = 0; i < table->n_properties; i++)
    {
      const BdModelProperty *property = &table->properties[i];
      gpointer field = G_STRUCT_MEMBER_P (object, property->offset);

      if (property->type == BD_MODEL_STRING)
        g_clear_pointer ((char **) field, g_free);
      else if (property->type == BD_MODEL_LIST || property->type == BD_MODEL_OBJECT)
        g_clear_object ((GObject **) field);
    }
}

static void
model_finalize (GObject *object)
{
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  bd_model_free_fields (object);
  parent_class->finalize (object);
}

/* Given once at construction: a property without a setter. */
#define BD_MODEL_CONSTRUCT_FLAGS (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)

static GParamSpec *
param_spec_new (const BdModelProperty *property)
{
  const char *name = property->name;
  GParamFlags flags = property->setter != NULL ? BD_MODEL_PARAM_FLAGS : BD_MODEL_CONSTRUCT_FLAGS;

  switch (property->type)
    {
    case BD_MODEL_INT64:
      return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, BD_MODEL_PARAM_FLAGS);
    case BD_MODEL_UINT:
      return g_param_spec_uint (name, NULL, NULL, 0,
                                property->maximum != 0 ? property->maximum : G_MAXUINT,
                                property->default_value, BD_MODEL_PARAM_FLAGS);
    case BD_MODEL_BOOLEAN:
      return g_param_spec_boolean (name, NULL, NULL, property->default_value, BD_MODEL_PARAM_FLAGS);
    case BD_MODEL_ENUM:
      return g_param_spec_enum (name, NULL, NULL, property->value_type (), property->default_value,
                                flags);
    case BD_MODEL_STRING:
      return g_param_spec_string (name, NULL, NULL, NULL, BD_MODEL_PARAM_FLAGS);
    case BD_MODEL_LIST:
      return g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
    case BD_MODEL_OBJECT:
      return g_param_spec_object (name, NULL, NULL, property->value_type (),
                                  BD_MODEL_CONSTRUCT_FLAGS);
    default:
      g_assert_not_reached ();
    }
}

void
bd_model_class_install (GObjectClass          *klass,
                        const BdModelProperty *properties,
                        guint                  n_properties,
                        GParamSpec           **pspecs)
{
  ModelTable *table = g_new0 (ModelTable, 1);  /* the class's, for the program's life */

  table->properties = properties;
  table->n_properties = n_properties;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), model_table_quark (), table);

  klass->get_property = model_get_property;
  klass->set_property = model_set_property;
  klass->finalize = model_finalize;

  pspecs[0] = NULL;
  for (guint i = 0; i < n_properties; i++)
    pspecs[i + 1] = param_spec_new (&properties[i]);
  g_object_class_install_properties (klass, n_properties + 1, pspecs);
}

/* Stores the @size bytes at @value in @field and notifies @pspec, when they differ. */
static void
change_field (gpointer       object,
              gpointer       field,
              gconstpointer  value,
              gsize          size,
              GParamSpec    *pspec)
{
  if (memcmp (field, value, size) == 0)
    return;
  memcpy (field, value, size);
  g_object_notify_by_pspec (G_OBJECT (object), pspec);
}

void
bd_model_change_int64 (gpointer    object,
                       gint64     *field,
                       gint64      value,
                       GParamSpec *pspec)
{
  change_field (object, field, &value, sizeof value, pspec);
}

void
bd_model_change_uint (gpointer    object,
                      guint      *field,
                      guint       value,
                      GParamSpec *pspec)
{
  change_field (object, field, &value, sizeof value, pspec);
}

void
bd_model_change_boolean (gpointer    object,
                         gboolean   *field,
                         gboolean    value,
                         GParamSpec *pspec)
{
  value = !!value;
  change_field (object, field, &value, sizeof value, pspec);
}

void
bd_model_change_enum (gpointer    object,
                      gpointer    field,
                      int         value,
                      GParamSpec *pspec)
{
  change_field (object, field, &value, sizeof value, pspec);
}

void
bd_model_change_string (gpointer    object,
                        char      **field,
                        const char *value,
                        GParamSpec *pspec)
{
  if (bd_model_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (object), pspec);
}
