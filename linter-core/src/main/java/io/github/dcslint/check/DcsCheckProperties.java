package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.AbstractAutomaticBean;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import com.puppycrawl.tools.checkstyle.utils.CommonUtil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sets the properties of a dcs check, or of a filter such as Checkstyle's suppression filters,
 * through its setters, as Checkstyle's configure would, without
 * Checkstyle's BeanUtils: Checkstyle builds a BeanUtils registry (some forty converters and an
 * empty introspection cache) for every single property of every module, which was the largest
 * part of loading the rules, a fifth of a cached run (JFR, docs/benchmark.md). Only the property
 * types dcs checks and those filters declare are converted here, each as Checkstyle's converter does; for anything
 * else (another type, an unknown property, a value the converter would refuse, a setter that
 * throws) this says so and sets nothing more, and the caller lets Checkstyle configure a fresh
 * module, so its error messages stay Checkstyle's own.
 */
final class DcsCheckProperties {

    /** commons-beanutils' BooleanConverter: these strings, compared in lower case. */
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    /** Each check class's one-argument public setters by property name; absent: none or several. */
    private static final Map<Class<?>, Map<String, Method>> SETTERS = new ConcurrentHashMap<>();

    private DcsCheckProperties() {
    }

    /**
     * Calls the setter of every property of {@code configuration} on {@code check}, in order.
     *
     * @return false when a property could not be set as Checkstyle would set it: then the check
     *         must be thrown away (some properties may be set)
     */
    static boolean apply(AbstractAutomaticBean check, Configuration configuration) {
        Map<String, Method> setters = SETTERS.computeIfAbsent(check.getClass(), DcsCheckProperties::settersOf);
        try {
            for (String name : configuration.getPropertyNames()) {
                Method setter = setters.get(name);
                if (setter == null) {
                    return false;
                }
                Object value = convert(configuration.getProperty(name), setter.getParameterTypes()[0]);
                if (value == null) {
                    return false;
                }
                setter.invoke(check, value);
            }
            return true;
        } catch (CheckstyleException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code module}'s class may have a property of any of {@code names}: a public
     * one-argument method {@code setName} (erring towards yes: static or ambiguous setters count).
     */
    static boolean mayHaveAnyProperty(Object module, java.util.Collection<String> names) {
        for (Method method : module.getClass().getMethods()) {
            String name = method.getName();
            if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
                    && names.contains(decapitalize(name.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The module's configuration with its name and messages and without its properties, for
     * Checkstyle's configure once the properties are set: it then keeps the configuration (custom
     * messages are read from it) and runs the check's local set-up, and copies nothing.
     */
    static Configuration withoutProperties(Configuration configuration) {
        return new Configuration() {
            private static final long serialVersionUID = 1L;

            @Override
            @Deprecated
            public String[] getAttributeNames() {
                return new String[0];
            }

            @Override
            @Deprecated
            public String getAttribute(String name) throws CheckstyleException {
                throw new CheckstyleException("no attribute " + name);
            }

            @Override
            public String[] getPropertyNames() {
                return new String[0];
            }

            @Override
            public String getProperty(String name) throws CheckstyleException {
                throw new CheckstyleException("no property " + name);
            }

            @Override
            public Configuration[] getChildren() {
                return configuration.getChildren();
            }

            @Override
            public String getName() {
                return configuration.getName();
            }

            @Override
            public Map<String, String> getMessages() {
                return configuration.getMessages();
            }
        };
    }

    /** The value as the setter's parameter type, converted as Checkstyle does; null when not done here. */
    private static Object convert(String value, Class<?> type) {
        if (type == String.class) {
            return value;
        }
        if (type == String[].class) {
            // Checkstyle's RelaxedStringArrayConverter
            StringTokenizer tokens = new StringTokenizer(value.trim(), ",");
            List<String> parts = new ArrayList<>();
            while (tokens.hasMoreTokens()) {
                parts.add(tokens.nextToken().trim());
            }
            return parts.toArray(new String[0]);
        }
        if (type == boolean.class || type == Boolean.class) {
            String lower = value.toLowerCase(Locale.ROOT);
            return TRUE.contains(lower) ? Boolean.TRUE : FALSE.contains(lower) ? Boolean.FALSE : null;
        }
        if (type == int.class || type == Integer.class) {
            return INTEGER.matcher(value).matches() ? Integer.valueOf(value) : null;
        }
        if (type == Pattern.class) {
            // Checkstyle's PatternConverter; a bad expression throws, and Checkstyle says so
            return CommonUtil.createPattern(value);
        }
        return null;
    }

    /** As java.beans.Introspector: "Catalogs" is "catalogs", "URL" stays "URL". */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Public instance methods {@code setX(T)} by property name {@code x}; a name with two setters is left out. */
    private static Map<String, Method> settersOf(Class<?> type) {
        Map<String, Method> setters = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
                    && method.getReturnType() == void.class && !Modifier.isStatic(method.getModifiers())) {
                String property = decapitalize(name.substring(3));
                if (setters.putIfAbsent(property, method) != null) {
                    ambiguous.add(property);
                }
            }
        }
        ambiguous.forEach(setters::remove);
        return Map.copyOf(setters);
    }
}
