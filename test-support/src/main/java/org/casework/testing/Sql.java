package org.casework.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL against the test database, for assertions that must not go through the service. */
public final class Sql {

    private Sql() {
    }

    public static long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    public static long queryLong(String sql, Object... params) {
        return ((Number) queryValue(sql, params)).longValue();
    }

    public static String queryString(String sql, Object... params) {
        Object value = queryValue(sql, params);
        return value == null ? null : value.toString();
    }

    /** The first column of every row. */
    public static java.util.List<String> queryStrings(String sql, Object... params) {
        java.util.List<String> values = new java.util.ArrayList<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = prepare(c, sql, params);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every column of the first row, as numbers. */
    public static java.util.List<Long> queryLongs(String sql) {
        java.util.List<Long> values = new java.util.ArrayList<>();
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row. */
    public static Object queryValue(String sql, Object... params) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = prepare(c, sql, params);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    public static void execute(String... statements) throws SQLException {
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
