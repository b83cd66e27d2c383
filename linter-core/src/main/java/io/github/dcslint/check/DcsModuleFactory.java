package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.ModuleFactory;
import com.puppycrawl.tools.checkstyle.PackageNamesLoader;
import com.puppycrawl.tools.checkstyle.PackageObjectFactory;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Creates the modules of a rules file: a rule ID ({@code StatusNameMismatch}) is the dcs check
 * {@code io.github.dcslint.check.StatusNameMismatchCheck}, loaded directly; any other name goes to
 * Checkstyle's own {@link PackageObjectFactory}. Why: Checkstyle resolves a short name outside
 * its own set by scanning every class of every jar on the class path for modules (Guava
 * {@code ClassPath}), once per Checker; with Maven's or the shaded jar's class path that scan
 * was the largest part of dcs's start-up (JFR, docs/benchmark.md).
 */
final class DcsModuleFactory implements ModuleFactory {

    private static final String CHECK_PACKAGE = AbstractDcsCheck.class.getPackageName() + ".";

    private final ClassLoader classLoader;
    private final ModuleFactory checkstyle;

    private DcsModuleFactory(ClassLoader classLoader, ModuleFactory checkstyle) {
        this.classLoader = classLoader;
        this.checkstyle = checkstyle;
    }

    /**
     * The module packages each class loader's {@code checkstyle_packages.xml} files register, read
     * once per loader: a loader's resources do not change, and reading and parsing those files
     * was a quarter of loading the rules in a cached run (JFR). Weak keys: a plugin's class loader
     * can go away.
     */
    private static final Map<ClassLoader, Set<String>> PACKAGE_NAMES = new WeakHashMap<>();

    /** A factory over {@code classLoader}, falling back to Checkstyle's with the packages it registers. */
    static DcsModuleFactory create(ClassLoader classLoader) throws CheckstyleException {
        return new DcsModuleFactory(classLoader, new PackageObjectFactory(packageNames(classLoader), classLoader));
    }

    private static Set<String> packageNames(ClassLoader classLoader) throws CheckstyleException {
        synchronized (PACKAGE_NAMES) {
            Set<String> names = PACKAGE_NAMES.get(classLoader);
            if (names == null) {
                names = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
                        PackageNamesLoader.getPackageNames(classLoader)));
                PACKAGE_NAMES.put(classLoader, names);
            }
            return names;
        }
    }

    @Override
    public Object createModule(String name) throws CheckstyleException {
        if (name.indexOf('.') < 0) {
            Object check = dcsCheck(name);
            if (check != null) {
                return check;
            }
        }
        return checkstyle.createModule(name);
    }

    /** The dcs check {@code name} names (rule ID, or rule ID + "Check"), or null if there is none. */
    private Object dcsCheck(String name) throws CheckstyleException {
        String className = CHECK_PACKAGE + (name.endsWith("Check") ? name : name + "Check");
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!AbstractDcsCheck.class.isAssignableFrom(type)) {
            return null;
        }
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException
                 | InvocationTargetException e) {
            throw new CheckstyleException("Unable to instantiate '" + name + "' (" + className + "): " + e, e);
        }
    }
}
