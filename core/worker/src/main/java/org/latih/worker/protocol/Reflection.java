package org.latih.worker.protocol;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * What the codec needs to know of a record type, looked up once per type: a snapshot of a region
 * holds thousands of rows of the same few types.
 */
final class Reflection {

  /** A record type's components in declaration order, their accessors and the constructor. */
  record Shape(String[] names, Type[] types, Method[] accessors, Constructor<?> canonical) {

    int indexOf(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          try {
            Constructor<?> canonical =
                type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            return new Shape(
                Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new),
                Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new),
                Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new),
                canonical);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
          }
        }
      };

  private Reflection() {}

  static Shape shape(Class<?> recordType) {
    return SHAPES.get(recordType);
  }

  static Object get(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object constant(Class<?> enumType, String name) {
    try {
      return Enum.valueOf((Class) enumType, name);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException(
          "no "
              + enumType.getSimpleName()
              + " '"
              + name
              + "'; known: "
              + Arrays.toString(enumType.getEnumConstants()));
    }
  }
}
